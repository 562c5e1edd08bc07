// 4 June 2015: the CTC Chair and CTED meet the Central Asian Member States in the Committee's dialogue on
// implementation of resolutions 1373, 1624 and 2178; the Chair reports to the plenary the same day.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2015-06-04-dialogue-with-central-asian-member-states";
const CTC = "ctc-2015-06-chair-cted-dialogue-central-asia";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Dialogue with Member States of the Central Asian region on their implementation of Security Council resolutions 1373 (2001), 1624 (2005), and 2178 (2014)",
    evidence: [cite(CTC, "paragraph 1")],
    confidence: 0.7,
    note: "The excerpt has no headline; the title is the framework of the meeting as the page states it (the Committee's dialogue with the Central Asian States).",
  },
  alternateTitles: [
    { value: "Chair of the Counter-Terrorism Committee and CTED in dialogue with Member States of the Central Asian region", evidence: [cite(CTC, "page address")], note: "As the page's address words it." },
  ],
  dates: { value: { start: "2015-06-04", end: "2015-06-04" }, evidence: [cite(CTC, "paragraph 1")] },
  type: { value: "unknown", evidence: [cite(CTC, "paragraph 1")], note: "The page says only that the Chair convened a meeting with CTED." },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] },
    { organization: "cted", role: "co-organizer", evidence: [cite(CTC, "paragraph 1")] },
  ],
  summary: {
    value:
      "The missions of the five Central Asian States described their main difficulties in countering terrorism and violent extremism, among them foreign fighters, recruitment, religious extremism and spill-over from Afghanistan, and their needs for technical assistance, information exchange and regional cooperation; the participants reviewed the format of the dialogue and agreed to keep working closely together.",
    evidence: [cite(CTC, "paragraph 2")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "foreign-terrorist-fighters", "international-cooperation"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "framework", evidence: [cite(CTC, "paragraph 1")] },
    { symbol: "resolution 1624 (2005)", relation: "framework", evidence: [cite(CTC, "paragraph 1")] },
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(CTC, "paragraph 1")] },
  ],
  claims: [{ value: "Later the same day the Chair reported the outcome and her recommendations on working with the region to the Committee's plenary meeting.", evidence: [cite(CTC, "paragraph 3")] }],
  sources: [CTC],
  notes: ["The page (a defaced mirror) repeats part of its first paragraph; the Central Asian States are not named individually."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("raimonda-murmokaite"),
    meeting: MEETING,
    person: "raimonda-murmokaite",
    roles: ["raimonda-murmokaite-chair-ctc"],
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
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 1")],
  },
  {
    id: id("represented-angola"),
    meeting: MEETING,
    organization: "angola",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 1")],
    note: "As chair of a sub-committee to which Central Asian States belong.",
  },
  {
    id: id("represented-russian-federation"),
    meeting: MEETING,
    organization: "russian-federation",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 1")],
    note: "As chair of a sub-committee to which Central Asian States belong.",
  },
  { id: id("represented-ctitf"), meeting: MEETING, organization: "ctitf", capacity: "participant", evidence: [cite(CTC, "paragraph 1")] },
  { id: id("represented-un-department-of-political-affairs"), meeting: MEETING, organization: "un-department-of-political-affairs", capacity: "participant", evidence: [cite(CTC, "paragraph 1")] },
  {
    id: id("central-asian-missions"),
    meeting: MEETING,
    description: "Delegates of the five Central Asian States' Permanent Missions",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-central-asian-missions"),
    meeting: MEETING,
    participation: id("central-asian-missions"),
    kind: "briefing",
    text: "They set out the main challenges they face, including foreign fighters, recruitment, religious extremism and the risk of the threat spilling over from Afghanistan, and what they needed: technical assistance, sharing of information and good practice, and closer international and regional cooperation.",
    evidence: [cite(CTC, "paragraph 2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-central-asian-states"),
    meeting: MEETING,
    value: 5,
    unit: "States",
    measure: "Central Asian States whose missions took part",
    asStated: "five",
    approximate: false,
    evidence: [cite(CTC, "paragraph 2")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
