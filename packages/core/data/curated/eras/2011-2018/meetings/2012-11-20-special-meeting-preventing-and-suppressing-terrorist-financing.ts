// 20 November 2012: the CTC's special meeting on preventing and suppressing terrorist financing, at UN
// Headquarters, with Member States, FATF and other international and regional organizations.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2012-11-20-special-meeting-preventing-and-suppressing-terrorist-financing";
const CTC = "ctc-2012-11-23-special-meeting-ctf";
const FATF = "fatf-2012-11-fatf-un-focus-terrorist-financing";
const PURI = "puri-2012-11-14-statement-as-ctc-chair";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Preventing and Suppressing Terrorist Financing",
    evidence: [cite(PURI, "paragraph 4"), cite(CTC, "paragraph 1")],
  },
  alternateTitles: [
    { value: "At special meeting, international community reflects on strategies to combat the financing of terrorism", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's report." },
    { value: "The FATF, UN and member countries focus on preventing and suppressing terrorist financing", evidence: [cite(FATF, "headline")], note: "Headline of FATF's report." },
  ],
  dates: { value: { start: "2012-11-20", end: "2012-11-20" }, evidence: [cite(CTC, "paragraph 1"), cite(FATF, "paragraph 1"), cite(PURI, "paragraph 4")] },
  type: { value: "special-meeting", evidence: [cite(CTC, "paragraph 1"), cite(FATF, "paragraph 1"), cite(PURI, "paragraph 4")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1"), cite(PURI, "paragraph 4")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(CTC, "paragraph 1"), cite(PURI, "paragraph 4")] },
  objectives: [
    {
      value: "To raise Member States' awareness of the threat of terrorist financing, draw attention to good practice (including the revised FATF Recommendations) and its bearing on resolution 1373, share experience of effective measures, and keep the fight against terrorist financing a priority.",
      evidence: [cite(PURI, "paragraph 5"), cite(FATF, "paragraph 1")],
    },
  ],
  summary: {
    value:
      "Member States, FATF, the IMF, the World Bank, UNODC, FATF-style regional bodies and other partners discussed the global network against terrorist financing, the revised FATF Recommendations, regional and national experience and the way ahead; the Chair noted that banks had become harder for terrorists to use while they kept finding new ways to raise and move money.",
    evidence: [cite(CTC, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "international-cooperation", "implementation-of-resolutions"],
  sessions: [{ id: "opening", kind: "opening", title: { value: "Opening session", evidence: [cite(CTC, "paragraph 5")] } }],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "framework", evidence: [cite(CTC, "paragraph 4"), cite(FATF, "paragraph 2")] },
    { symbol: "FATF Recommendations (revised)", relation: "reference", evidence: [cite(CTC, "paragraph 2"), cite(PURI, "paragraph 5")] },
  ],
  mentions: [{ organization: "1267-committee", evidence: [cite(FATF, "paragraph 2")], note: "Resolution 1267 and its successors are named among the instruments the FATF Recommendations support." }],
  sources: [CTC, FATF],
  notes: ["The Chair's statement to the Council of 14 November 2012 (source `puri-2012-11-14-statement-as-ctc-chair`), which announced this meeting, is cited for its title, venue and aims; it is not listed among the sources reporting the meeting because it was written before it."],
  review: CURATED,
};

const org = (organization: string, evidence: ReturnType<typeof cite>[]) => ({
  id: id(`represented-${organization}`),
  meeting: MEETING,
  organization,
  capacity: "participant" as const,
  evidence,
});

export const participations: MeetingModule["participations"] = [
  {
    id: id("hardeep-singh-puri"),
    meeting: MEETING,
    person: "hardeep-singh-puri",
    roles: ["hardeep-singh-puri-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraph 3")],
  },
  {
    id: id("jan-eliasson"),
    meeting: MEETING,
    session: "opening",
    person: "jan-eliasson",
    roles: ["jan-eliasson-deputy-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 5")],
  },
  {
    id: id("bjorn-s-aamo"),
    meeting: MEETING,
    person: "bjorn-s-aamo",
    roles: ["bjorn-s-aamo-president-fatf"],
    organization: "fatf",
    capacity: "participant",
    evidence: [cite(FATF, "photo caption and paragraph 1")],
  },
  {
    id: id("rick-mcdonell"),
    meeting: MEETING,
    person: "rick-mcdonell",
    roles: ["rick-mcdonell-executive-secretary-fatf"],
    organization: "fatf",
    capacity: "participant",
    evidence: [cite(FATF, "photo caption and paragraph 1")],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "participant",
    evidence: [cite(FATF, "photo caption")],
    note: "Shown in the photograph of the meeting with FATF's President and Executive Secretary.",
  },
  org("imf", [cite(CTC, "paragraph 2")]),
  org("world-bank", [cite(CTC, "paragraph 2")]),
  org("unodc", [cite(CTC, "paragraph 2")]),
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-puri"),
    meeting: MEETING,
    participation: id("hardeep-singh-puri"),
    kind: "remarks",
    text: "After more than a decade of joint effort, he said, using the formal banking system had become harder and costlier for terrorists, yet they kept exploiting new technology to raise and move funds.",
    evidence: [cite(CTC, "paragraph 3")],
  },
  {
    id: id("statement-eliasson"),
    meeting: MEETING,
    session: "opening",
    participation: id("jan-eliasson"),
    kind: "opening-remarks",
    text: "Opening the meeting, the Deputy Secretary-General noted that terrorists need money not only for weapons but to recruit, train and sustain their networks, so cutting off their funds can greatly reduce their ability to attack.",
    evidence: [cite(CTC, "paragraph 5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-member-states"),
    meeting: MEETING,
    value: 60,
    unit: "Member States",
    measure: "Member States taking part",
    asStated: "Over 60",
    approximate: true,
    evidence: [cite(CTC, "paragraph 1")],
  },
  {
    id: id("figure-intergovernmental-organizations"),
    meeting: MEETING,
    value: 14,
    unit: "intergovernmental organizations",
    measure: "intergovernmental organizations taking part",
    asStated: "14",
    approximate: false,
    evidence: [cite(CTC, "paragraph 1")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
