// 28 November 2017: Security Council meeting on threats to international peace and security caused by
// terrorist acts, on foreign terrorist fighters; Michèle Coninsx's first briefing to the Council as CTED's head.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-11-28-security-council-meeting-foreign-terrorist-fighters";
const CTC = "ctc-2017-11-major-challenges-remain-coninsx";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Threats to international peace and security caused by terrorist acts",
    evidence: [cite(CTC, "item body, paragraph 1")],
    note: "The agenda item of the Council meeting as the page names it; the meeting dealt with foreign terrorist fighters.",
  },
  alternateTitles: [
    { value: "Major challenges remain, Executive Director of CTED tells Security Council in meeting on foreign terrorist fighters", evidence: [cite(CTC, "item title")], note: "Headline of the CTC's page." },
  ],
  dates: { value: { start: "2017-11-28", end: "2017-11-28" }, evidence: [cite(CTC, "item body, paragraph 1"), cite(CTC, "image file name")] },
  type: { value: "security-council-meeting", evidence: [cite(CTC, "item title and item body, paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(CTC, "item body, paragraph 1")] }],
  summary: {
    value:
      "In her first briefing to the Council, CTED's Executive Director said Member States had advanced in many areas against the flow of foreign terrorist fighters but that major gaps remained in implementing resolution 2178 (2014), giving as an example that fewer than 60 States required airlines to provide passenger information.",
    evidence: [cite(CTC, "item body, paragraph 1")],
    note: "Curators' summary, in our own words; the excerpt (an RSS item) is cut off mid-sentence.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2178 (2014)", relation: "reference", evidence: [cite(CTC, "item body, paragraph 1")] }],
  sources: [CTC],
  notes: ["Read as an item of the CTC site's RSS feed (tag 2178) on a mirror, with its HTML markup."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("michele-coninsx"),
    meeting: MEETING,
    person: "michele-coninsx",
    roles: ["michele-coninsx-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(CTC, "item body, paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-coninsx"),
    meeting: MEETING,
    participation: id("michele-coninsx"),
    kind: "briefing",
    text: "She acknowledged progress in stemming the flow of foreign terrorist fighters but listed remaining gaps in the implementation of resolution 2178 (2014), among them that fewer than 60 States had required airlines to provide passenger data.",
    evidence: [cite(CTC, "item body, paragraph 1")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-states-airline-data"),
    meeting: MEETING,
    participation: id("michele-coninsx"),
    value: 60,
    unit: "States",
    measure: "States that had introduced measures requiring airlines to provide passenger information (the sentence is cut off in the copy read)",
    asStated: "Fewer than 60",
    approximate: true,
    asOf: "2017-11-28",
    evidence: [cite(CTC, "item body, paragraph 1")],
    confidence: 0.8,
  },
];

export const corrections: MeetingModule["corrections"] = [];
