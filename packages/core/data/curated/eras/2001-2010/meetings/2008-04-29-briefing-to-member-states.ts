// 29 April 2008: the CTC Chairman, Neven Jurica, with CTED's Executive Director, briefs the Member States of
// the United Nations on the work of the Committee and CTED.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2008-04-29-briefing-to-member-states";
const HR = "mvep-2008-05-06-jurica-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Briefing of the Member States of the United Nations on the work of the Committee and CTED",
    evidence: [cite(HR, "paragraph 1")],
    note: "No source gives a title; described in the Chairman's words in his briefing to the Council of 6 May 2008.",
  },
  dates: {
    value: { start: "2008-04-29", end: "2008-04-29" },
    evidence: [cite(HR, "paragraph 1")],
    confidence: 0.9,
    note: "The statement gives “29 April”; the year follows from the statement being the Council briefing of 6 May 2008 (it reports on the six months since November 2007, and the Chairman's next briefing calls 6 May 2008 his previous one).",
  },
  type: { value: "briefing-to-member-states", evidence: [cite(HR, "paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(HR, "paragraph 1")] }],
  summary: {
    value: "As part of the Committee's commitment to transparency, its Chairman and CTED's Executive Director told the wider UN membership what the Committee and CTED had been doing, a practice they intended to continue.",
    evidence: [cite(HR, "paragraph 1")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions"],
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
    evidence: [cite(HR, "paragraph 1")],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(HR, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
