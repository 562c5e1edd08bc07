// 10 February 2025: Security Council briefing by UNOCT and CTED on the Secretary-General's twentieth report on the
// threat posed by ISIL (Da'esh).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2025-02-10-joint-briefing-20th-isil-report";
const SRC = "ctc-2025-02-joint-briefing-20th-report-isil";
const SCR = "scr-2025-02-whatsinblue-isil-report";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The twentieth report of the Secretary-General on the threat posed by ISIL (Da’esh) to international peace and security and the range of United Nations efforts in support of Member States in countering the threat",
    evidence: [cite(SRC, "paragraph 1")],
  },
  alternateTitles: [
    { value: "Joint briefing to the Security Council on the twentieth report of the Secretary-General on the threat posed by ISIL (Da’esh)", evidence: [cite(SRC, "headline")], note: "Headline of the CTC page." },
    { value: "Counter-Terrorism: Briefing on the Secretary-General’s Strategic-Level Report on ISIL/Da’esh", evidence: [cite(SCR, "headline")], note: "Headline of Security Council Report's preview." },
  ],
  dates: { value: { start: "2025-02-10", end: "2025-02-10" }, evidence: [cite(SRC, "paragraph 1"), cite(SCR, "paragraph 1")] },
  type: { value: "security-council-briefing", evidence: [cite(SRC, "headline and paragraph 1"), cite(SCR, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "The Council was briefed on the Secretary-General's twentieth report: Da'esh's operational focus growing in unstable parts of Africa and the Middle East, the dire situation in the camps of north-east Syria, and its use of new financial technologies and decentralized networks. CTED's Executive Director called for prevention grounded in human rights and regional cooperation, drawing on the year's assessments.",
    evidence: [cite(SRC, "paragraphs 1-4"), cite(SCR, "paragraphs 1-3")],
  },
  topics: ["foreign-terrorist-fighters", "terrorism-financing", "new-technologies", "human-rights"],
  documents: [{ symbol: "S/2025/72", relation: "reference", evidence: [cite(SCR, "paragraph 2")] }],
  sources: [SRC, SCR],
  notes: ["The venue is not stated."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("vladimir-voronkov", ["vladimir-voronkov-usg-unoct"], "unoct", "speaker", [cite(SRC, "paragraphs 1 and 4"), cite(SCR, "paragraph 1")]),
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(SRC, "paragraphs 1 and 3"), cite(SCR, "paragraph 1")]),
];

export const statements: MeetingModule["statements"] = [
  said("natalia-gherman", 1, "briefing", "She called for an approach to Da'esh centred on prevention, respectful of human rights and built on regional cooperation; from CTED's assessments of the year she cited promising whole-of-government practices, and continuing gaps in border security and in national measures against terrorist financing.", [cite(SRC, "paragraph 3")]),
  said("vladimir-voronkov", 1, "briefing", "He summarized what the Secretary-General's report found.", [cite(SRC, "paragraph 4")]),
];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-isil-cash-reserves"),
    meeting: MEETING,
    value: 10_000_000,
    unit: "USD",
    measure: "ISIL cash reserves in Iraq and Syria, as estimated in the Secretary-General's report",
    asStated: "approximately $10 million",
    approximate: true,
    evidence: [cite(SCR, "paragraph 2")],
  },
];

export const { quotes, corrections } = none;
