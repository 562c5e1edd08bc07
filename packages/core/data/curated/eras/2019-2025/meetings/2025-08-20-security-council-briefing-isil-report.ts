// 20 August 2025: Security Council briefing by UNOCT and CTED on the Secretary-General's latest report on ISIL
// (Da'esh); known from a press report published the next day.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2025-08-20-security-council-briefing-isil-report";
const SRC = "afintl-2025-08-21-un-officials-brief-council-isis";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The latest report by the secretary-general on ISIS and its global threat to peace and security",
    evidence: [cite(SRC, "paragraph 1")],
    note: "The report's own title is not in the page read; this is how the press report names the subject of the meeting.",
  },
  dates: {
    value: { start: "2025-08-20", end: "2025-08-20" },
    evidence: [cite(SRC, "paragraph 1")],
    confidence: 0.8,
    note: "The report, whose address carries its publication date (21 August 2025), says the Council was briefed “on Wednesday”; the Wednesday before is 20 August 2025.",
  },
  type: { value: "security-council-briefing", evidence: [cite(SRC, "paragraphs 1 and 6")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "The Council reviewed the Secretary-General's latest report on ISIS. The briefers warned that the group exploits cryptocurrencies and encrypted networks, that ISIS-K is rooted in Afghanistan and recruits in Europe and Central Asia, and that Africa now sees the highest levels of ISIS activity; members stressed that digital currencies complicate disrupting its finances.",
    evidence: [cite(SRC, "paragraphs 1-6")],
  },
  topics: ["terrorism-financing", "new-technologies", "foreign-terrorist-fighters"],
  sources: [SRC],
  notes: ["A single press report, without the report's symbol; the date is derived as explained."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("vladimir-voronkov", ["vladimir-voronkov-usg-unoct"], "unoct", "speaker", [cite(SRC, "paragraph 2")]),
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(SRC, "paragraph 3")], { note: "Named “head of the UN Counter-Terrorism Committee Executive Directorate”." }),
];

export const statements: MeetingModule["statements"] = [
  said("vladimir-voronkov", 1, "briefing", "He ranked ISIS among the gravest security threats and said it uses new technology, cryptocurrencies and encrypted networks among it, to grow.", [cite(SRC, "paragraph 2")]),
  said("natalia-gherman", 1, "briefing", "She said ISIS-K is firmly established in Afghanistan, looks for recruits in Europe and Central Asia, and raises funds through online propaganda.", [cite(SRC, "paragraph 3")]),
];

export const { quotes, figures, corrections } = none;
