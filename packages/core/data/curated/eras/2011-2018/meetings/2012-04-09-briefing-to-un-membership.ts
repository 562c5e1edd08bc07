// 9 April 2012: the CTC Chair and CTED's Executive Director brief the UN membership on nine months' work.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2012-04-09-briefing-to-un-membership";
const CTC = "ctc-2012-04-16-committee-cted-report-achievements";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Committee and its Executive Directorate report on achievements",
    evidence: [cite(CTC, "headline")],
    note: "The page gives no formal title for the briefing; its headline is used.",
  },
  dates: { value: { start: "2012-04-09", end: "2012-04-09" }, evidence: [cite(CTC, "paragraph 2")] },
  type: { value: "briefing-to-member-states", evidence: [cite(CTC, "paragraphs 1-2")], note: "The page says the two briefed the UN membership." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraphs 1-2")] }],
  summary: {
    value:
      "The Chair and the Executive Director reviewed nine months of work for the wider membership: the two special meetings of 2011 and the outcome document of the anniversary meeting, the global surveys of implementation of resolutions 1373 and 1624, and a review of the format of the preliminary implementation assessments.",
    evidence: [cite(CTC, "paragraphs 2 and 4-7")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "human-rights"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "framework", evidence: [cite(CTC, "paragraph 3")] },
    { symbol: "resolution 1624 (2005)", relation: "framework", evidence: [cite(CTC, "paragraph 3")] },
  ],
  related: [
    { meeting: "2011-04-19-special-meeting-prevention-of-terrorism-strasbourg", relation: "follow-up-to", evidence: [cite(CTC, "paragraph 4")] },
    { meeting: "2011-09-28-special-meeting-commemorating-resolution-1373", relation: "follow-up-to", evidence: [cite(CTC, "paragraphs 4-5")] },
  ],
  sources: [CTC],
  notes: ["The venue is not stated."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("hardeep-singh-puri"),
    meeting: MEETING,
    person: "hardeep-singh-puri",
    roles: ["hardeep-singh-puri-chair-ctc", "hardeep-singh-puri-permanent-representative-india"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraphs 2 and 4")],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-puri"),
    meeting: MEETING,
    participation: id("hardeep-singh-puri"),
    kind: "briefing",
    text: "The Chair pointed to the 2011 special meetings, one with the Council of Europe on prevention and one for the tenth anniversary of resolution 1373, whose outcome document he said gave the Committee strategic direction; he also cited the new global surveys of implementation and said the Committee was reviewing the format of its preliminary implementation assessments to make them more useful.",
    evidence: [cite(CTC, "paragraphs 4-7")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
