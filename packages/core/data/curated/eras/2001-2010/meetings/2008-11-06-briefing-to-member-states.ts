// 6 November 2008: informal briefing of the wider UN membership by the CTC Chairman, Neven Jurica, and
// CTED's Executive Director on the work of the Committee and CTED.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2008-11-06-briefing-to-member-states";
const HR = "mvep-2008-11-12-jurica-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Informal briefing of the wider UN membership on the work of the Committee and CTED",
    evidence: [cite(HR, "paragraph 3")],
    note: "No source gives a title; described in the Chairman's words in his briefing to the Council of 12 November 2008.",
  },
  dates: { value: { start: "2008-11-06", end: "2008-11-06" }, evidence: [cite(HR, "paragraph 3")] },
  type: { value: "informal-briefing", evidence: [cite(HR, "paragraph 3")], note: "An informal briefing for the wider UN membership." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(HR, "paragraph 3")] }],
  summary: {
    value: "Continuing the practice of informing the wider membership, the Chairman and CTED's Executive Director informally updated them on what the Committee and CTED had done.",
    evidence: [cite(HR, "paragraph 3")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions"],
  related: [{ meeting: "2008-04-29-briefing-to-member-states", relation: "continues", evidence: [cite(HR, "paragraph 3")] }],
  sources: [HR],
  notes: ["Known only from the Chairman's mention of it; what was said is not reported."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("neven-jurica"),
    meeting: MEETING,
    person: "neven-jurica",
    roles: ["neven-jurica-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(HR, "paragraph 3")],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(HR, "paragraph 3")],
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
