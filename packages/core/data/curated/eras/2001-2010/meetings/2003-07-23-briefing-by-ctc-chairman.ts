// 23 July 2003: Inocencio Arias (Spain), Council President and CTC Chairman, presents the Committee's
// work programme to the Security Council in a public meeting; 25 speakers take part.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2003-07-23-briefing-by-ctc-chairman";
const PR = "unis-2003-07-24-sc7823";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Fight Against Terrorism Would Be Long with No Short Cuts, Counter-Terrorism Committee Chairman Tells Security Council",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline (in capitals there) stands as the title.",
  },
  alternateTitles: [{ value: "Committee Work Programme Presented; 25 Speakers Review Progress, Problems", evidence: [cite(PR, "subheading")], note: "Subheading of the press release." }],
  dates: { value: { start: "2003-07-23", end: "2003-07-23" }, evidence: [cite(PR, "dateline")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraphs 1-2")], note: "The Chairman briefed the Council in a public meeting." },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "The CTC Chairman, also presiding over the Council that month, reported that the Committee had met or beaten the goals of its last 90-day programme and set technical assistance and cooperation with international organizations as the next priorities; speakers endorsed the new programme and asked why States fall behind with their reports.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraph 2")] }],
  sources: [PR],
  notes: ["The 25 speakers are not named in the excerpt read."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("inocencio-arias"),
    meeting: MEETING,
    person: "inocencio-arias",
    roles: ["inocencio-arias-chair-ctc", "inocencio-arias-president-security-council"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 2")],
    note: "He briefed in his capacity as Chairman while presiding over the Council.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("arias"),
    meeting: MEETING,
    participation: id("inocencio-arias"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Warned that the fight against terrorism, a UN priority, would be long and without shortcuts; called the Committee the international community's broadest instrument against terrorism, empowered by resolution 1373; reported that the past 90 days' goals had been met or exceeded (a first set of organizations contacted, 385 reports reviewed, help offered to 36 States behind with their reports) and named technical assistance and cooperation with international organizations as priorities for the next three months.",
    evidence: [cite(PR, "paragraphs 1-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-reports-reviewed"),
    meeting: MEETING,
    participation: id("inocencio-arias"),
    value: 385,
    unit: "reports",
    measure: "reports reviewed by the Committee in its last 90-day period",
    asStated: "385",
    approximate: false,
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("figure-states-behind"),
    meeting: MEETING,
    participation: id("inocencio-arias"),
    value: 36,
    unit: "States",
    measure: "States behind in submitting reports that the Committee took measures to help",
    asStated: "36",
    approximate: false,
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("figure-speakers"),
    meeting: MEETING,
    value: 25,
    unit: "speakers",
    measure: "speakers who reviewed progress and problems",
    asStated: "25",
    approximate: false,
    evidence: [cite(PR, "subheading")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
