// 8 April 2010: the CTC Chairman, Ertuğrul Apakan (Turkey), and CTED's Executive Director brief the UN
// Member States; CTED presents, with UNODC, on maritime security and terrorist acts at sea.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2010-04-08-briefing-to-member-states";
const ST = "turkuno-2010-04-08-apakan-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Briefing on the work of the Counter-Terrorism Committee to the Member States of the United Nations",
    evidence: [cite(ST, "heading and paragraph 1")],
    note: "No source gives a title; composed from the Chairman's statement, which presents the meeting to the Member States as the year's first briefing on the Committee's work.",
  },
  alternateTitles: [
    {
      value: "Briefing by H.E. Mr. Ertuğrul Apakan, Chairman of the Counter-Terrorism Committee, to the Member States of the United Nations",
      evidence: [cite(ST, "heading")],
      note: "Title of the Chairman's statement on the Turkish mission's site.",
    },
  ],
  dates: { value: { start: "2010-04-08", end: "2010-04-08" }, evidence: [cite(ST, "byline date")] },
  type: { value: "briefing-to-member-states", evidence: [cite(ST, "heading and paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(ST, "paragraph 1")] }],
  summary: {
    value:
      "The first briefing of 2010 to the UN membership: the Chairman explained the Committee's new strategic and transparent approach and the streamlining of its working methods, the Executive Director updated on CTED's activities, and CTED, with UNODC, presented on maritime security and terrorist acts committed at sea.",
    evidence: [cite(ST, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  sessions: [
    {
      id: "presentation",
      kind: "thematic",
      number: 1,
      title: { value: "maritime security/terrorist acts committed at sea", evidence: [cite(ST, "paragraph 1")], note: "The presentation by CTED that followed the briefing, as the Chairman names it." },
    },
  ],
  sources: [ST],
  notes: ["The venue is not stated in the excerpt."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ertugrul-apakan"),
    meeting: MEETING,
    person: "ertugrul-apakan",
    roles: ["ertugrul-apakan-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(ST, "heading and paragraph 1")],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(ST, "paragraph 2")],
  },
  {
    id: id("cecilia-ruthstrom-ruin"),
    meeting: MEETING,
    session: "presentation",
    person: "cecilia-ruthstrom-ruin",
    roles: ["cecilia-ruthstrom-ruin-chief-terrorism-prevention-branch-unodc"],
    organization: "unodc",
    capacity: "presenter",
    evidence: [cite(ST, "paragraphs 1-2")],
  },
  {
    id: id("cted"),
    meeting: MEETING,
    session: "presentation",
    organization: "cted",
    capacity: "presenter",
    evidence: [cite(ST, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("apakan"),
    meeting: MEETING,
    participation: id("ertugrul-apakan"),
    onBehalfOf: ["ctc"],
    kind: "opening-remarks",
    text: "Explained that, under its work programme for the first half of 2010, the Committee had chosen a more strategic and transparent approach and wanted more visibility in the UN and counter-terrorism community; in January it had streamlined its methods, changing how preliminary implementation assessments are adopted and country visits prepared so as to free time for substantive work while keeping the assessments as a main monitoring tool.",
    evidence: [cite(ST, "paragraphs 3-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
