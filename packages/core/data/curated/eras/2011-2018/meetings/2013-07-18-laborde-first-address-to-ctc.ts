// 18 July 2013: a meeting of the CTC at which Jean-Paul Laborde addresses the Committee for the first
// time as CTED's Executive Director.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2013-07-18-laborde-first-address-to-ctc";
const CTC = "ctc-2013-07-24-new-cted-executive-director";
const BPW = "bioprepwatch-2013-laborde-addresses-ctc";
const BIO = "ctc-2013-bio-laborde";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "New CTED Executive Director aims for cooperation and excellence",
    evidence: [cite(CTC, "headline")],
    note: "The page gives no title for the meeting; its headline is used.",
  },
  alternateTitles: [{ value: "New CTED Executive Director Laborde addresses U.N. Security Council", evidence: [cite(BPW, "headline")], note: "Headline of a news report; its text says he addressed the Counter-Terrorism Committee." }],
  dates: {
    value: { start: "2013-07-18", end: "2013-07-18" },
    evidence: [cite(CTC, "paragraph 1"), cite(BPW, "paragraph 1")],
    note: "Both sources give 18 July without a year; the CTC page's address is dated 24 July 2013 and he was appointed in June 2013.",
  },
  type: { value: "committee-meeting", evidence: [cite(CTC, "paragraph 1")], note: "The page speaks of the Committee's meeting of 18 July, without naming a format (open, informal or plenary)." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "In his first address to the Committee since his appointment, the new Executive Director set out his priorities: closer ties with Council members, the wider membership and the 31 UN entities working on counter-terrorism, a One-UN approach, and quality, making CTED a centre of expertise on present and emerging questions.",
    evidence: [cite(CTC, "paragraphs 1-5 and 7"), cite(BPW, "paragraphs 1-4 and 6")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  mentions: [
    { organization: "ctitf", evidence: [cite(CTC, "paragraph 4")], note: "Named among the UN entities he intends to work with." },
    { organization: "unodc", evidence: [cite(CTC, "paragraph 4")], note: "Named among the UN entities he intends to work with." },
  ],
  sources: [CTC, BPW, BIO],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("jean-paul-laborde"),
    meeting: MEETING,
    person: "jean-paul-laborde",
    roles: ["jean-paul-laborde-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraphs 1-2"), cite(BPW, "paragraph 1")],
  },
  {
    id: id("mohammed-loulichki"),
    meeting: MEETING,
    person: "mohammed-loulichki",
    roles: ["mohammed-loulichki-chair-ctc", "mohammed-loulichki-permanent-representative-morocco"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "photo caption")],
    confidence: 0.9,
    note: "Shown beside the Executive Director in the photograph of the meeting, as Chairman of the Committee; the text does not say who chaired.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-laborde"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    kind: "briefing",
    text: "He called terrorism a lasting challenge to be met on several fronts, pledged that he and his experts would keep helping States strengthen their legal and institutional frameworks, named closer ties with Council members, the membership and UN entities such as CTITF and UNODC among his priorities, and said quality would be central, with CTED aiming to be a centre of excellence.",
    evidence: [cite(CTC, "paragraphs 1-5 and 7")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-un-entities"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    value: 31,
    unit: "UN entities",
    measure: "UN entities dealing with counter-terrorism",
    asStated: "31",
    approximate: false,
    evidence: [cite(CTC, "paragraph 4"), cite(BPW, "paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
