// 11 September 2014: a plenary meeting of the CTC, held on the 13th anniversary of the attacks of
// 11 September 2001, with CTED.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2014-09-11-ctc-meeting-13th-anniversary-of-9-11";
const CTC = "ctc-2014-09-ctc-meets-13th-anniversary-911";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "United Nations Security Council Counter-Terrorism Committee meets on the occasion of the 13th anniversary of 9/11",
    evidence: [cite(CTC, "headline")],
    note: "The page gives no formal title for the meeting; its headline is used.",
  },
  dates: {
    value: { start: "2014-09-11", end: "2014-09-11" },
    evidence: [cite(CTC, "headline and paragraph 1")],
    note: "The Chair says the meeting falls on the 13th anniversary of the attacks of 11 September 2001, that is 11 September 2014; the page states no date of its own.",
  },
  type: {
    value: "committee-meeting",
    evidence: [cite(CTC, "paragraph 2")],
    note: "The page calls it the Committee's plenary session.",
  },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "headline and paragraph 2")] }],
  summary: {
    value:
      "Meeting on the anniversary of the 11 September 2001 attacks, the Committee and CTED looked back on how the terrorist threat had changed since then, paid tribute to the victims and their families, and stressed continued vigilance, notably over the growing phenomenon of foreign terrorist fighters.",
    evidence: [cite(CTC, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "international-cooperation"],
  sessions: [{ id: "plenary", kind: "plenary", title: { value: "Plenary session", evidence: [cite(CTC, "paragraph 2")] } }],
  sources: [CTC],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("raimonda-murmokaite"),
    meeting: MEETING,
    person: "raimonda-murmokaite",
    roles: ["raimonda-murmokaite-chair-ctc", "raimonda-murmokaite-permanent-representative-lithuania"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraph 1")],
  },
  {
    id: id("jean-paul-laborde"),
    meeting: MEETING,
    person: "jean-paul-laborde",
    roles: ["jean-paul-laborde-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 3")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-murmokaite"),
    meeting: MEETING,
    participation: id("raimonda-murmokaite"),
    kind: "opening-remarks",
    text: "The Chair noted that the meeting coincided with the 13th anniversary of the attacks that reshaped counter-terrorism and led to the Committee's creation.",
    evidence: [cite(CTC, "paragraph 1")],
  },
  {
    id: id("statement-laborde"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    kind: "remarks",
    text: "He said new and emerging threats, foreign terrorist fighters among them, meant vigilance could never lapse, that many States still lacked the capacity to counter violent extremism and that CTED helps them, being well placed to analyse and respond to their needs.",
    evidence: [cite(CTC, "paragraphs 3-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
