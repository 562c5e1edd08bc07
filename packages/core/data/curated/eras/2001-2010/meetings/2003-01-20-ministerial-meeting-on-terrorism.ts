// 20 January 2003: ministerial-level Security Council meeting adopting resolution 1456 (2003), whose
// declaration calls on the Counter-Terrorism Committee to intensify its work.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2003-01-20-ministerial-meeting-on-terrorism";
const PR = "unis-2003-01-21-sc7638";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Ministerial-Level Security Council Meeting Calls for Urgent Action to Prevent, Suppress All Support for Terrorism",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline stands as the title.",
  },
  alternateTitles: [
    {
      value: "Declaration in Resolution 1456 (2003) Adopted Unanimously; Highlights Counter-Terrorism Committee's Role in Implementation",
      evidence: [cite(PR, "subheading")],
      note: "Subheading of the press release.",
    },
  ],
  dates: { value: { start: "2003-01-20", end: "2003-01-20" }, evidence: [cite(PR, "dateline")] },
  type: { value: "security-council-meeting", evidence: [cite(PR, "headline and paragraph 1")], note: "A meeting of the Council at the level of foreign ministers." },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "With foreign ministers sitting for most of its members, the Council adopted without a vote resolution 1456 (2003), a declaration on the gravity of the terrorist threat that calls on all States to act against any support for terrorism and asks the Counter-Terrorism Committee to step up its promotion of resolution 1373 (2001).",
    evidence: [cite(PR, "paragraphs 1-2")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 1456 (2003)", relation: "outcome", date: "2003-01-20", evidence: [cite(PR, "subheading and paragraph 2")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(PR, "paragraphs 2-3")] },
  ],
  mentions: [{ organization: "ctc", evidence: [cite(PR, "paragraph 2")], note: "Called on by the declaration to intensify its efforts." }],
  sources: [PR],
  notes: ["The ministers who spoke are not named in the excerpt read."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("kofi-annan"),
    meeting: MEETING,
    person: "kofi-annan",
    roles: ["kofi-annan-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 4")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("annan"),
    meeting: MEETING,
    participation: id("kofi-annan"),
    kind: "remarks",
    text: "Opening the meeting, observed that the world had focused on terrorism as never before since 11 September, yet the recent attacks in Moscow, Bali and Mombasa showed that success was still out of reach; called for sustained long-term action with the UN in a central legal and institutional role, and for settling the disputes and conflicts that feed support for terrorism.",
    evidence: [cite(PR, "paragraphs 4-5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-foreign-ministers"),
    meeting: MEETING,
    value: 13,
    unit: "Council members",
    measure: "Council members (of 15) represented by their foreign ministers",
    asStated: "13 of the Council's 15 members",
    approximate: false,
    asOf: "2003-01-20",
    evidence: [cite(PR, "paragraph 2")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
