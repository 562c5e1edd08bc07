// 8 August 2024: Security Council briefing by UNOCT and CTED on the Secretary-General's nineteenth report on the
// threat posed by ISIL (Da'esh).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2024-08-08-joint-briefing-19th-isil-report";
const SRC = "ctc-2024-08-joint-briefing-19th-report-isil";
const SCR = "scr-2024-08-07-whatsinblue-isil-report";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The threat posed by ISIL (Da’esh) to international peace and security and the range of United Nations efforts in support of Member States in countering the threat",
    evidence: [cite(SRC, "caption and paragraph 1")],
    note: "The title of the Secretary-General's nineteenth report, on which the Council was briefed.",
  },
  alternateTitles: [
    { value: "Joint briefing to the Security Council on the nineteenth report of the Secretary-General on the threat posed by ISIL (Da’esh)", evidence: [cite(SRC)], note: "Headline as the page's address gives it (the copy read starts with a photo caption).", confidence: 0.8 },
    { value: "Counter-Terrorism: Briefing on the Secretary-General’s Strategic-Level Report on ISIL/Da’esh", evidence: [cite(SCR, "headline")], note: "Headline of Security Council Report's preview." },
  ],
  dates: { value: { start: "2024-08-08", end: "2024-08-08" }, evidence: [cite(SRC, "caption and paragraph 1"), cite(SCR, "paragraph 1")] },
  type: { value: "security-council-briefing", evidence: [cite(SRC, "paragraph 1"), cite(SCR, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "The Council was briefed on the Secretary-General's nineteenth report, which points to the Da'esh core regaining strength, its operations now centred on Africa, the danger from ISIL-K, and the thousands held in north-east Syria's camps, most of them women and children. Sierra Leone's presidency proposed non-military cooperation with the most affected States of the central Sahel and West Africa as a focus.",
    evidence: [cite(SRC, "paragraphs 1-3"), cite(SCR, "paragraphs 1-3")],
  },
  topics: ["foreign-terrorist-fighters", "international-cooperation", "implementation-of-resolutions"],
  documents: [{ symbol: "S/2024/583", relation: "reference", date: "2024-07-31", evidence: [cite(SCR, "paragraph 1")] }],
  claims: [{ value: "Sierra Leone held the Council presidency in August 2024 and prepared a concept note for the meeting.", evidence: [cite(SCR, "paragraph 2")] }],
  sources: [SRC, SCR],
  notes: ["The report's symbol is lost in the CTC page's copy (an empty link); Security Council Report gives it. The venue is not stated."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("vladimir-voronkov", ["vladimir-voronkov-usg-unoct"], "unoct", "speaker", [cite(SRC, "paragraph 1"), cite(SCR, "paragraph 1")]),
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(SRC, "caption and paragraphs 1 and 3"), cite(SCR, "paragraph 1")]),
];

export const statements: MeetingModule["statements"] = [
  said("natalia-gherman", 1, "briefing", "She voiced concern about terrorist groups in some areas of Central and West Africa, where mass displacement had made screening, prosecution, rehabilitation and reintegration of people linked to them harder, and commended Member States for their progress in implementing the Council's resolutions.", [cite(SRC, "paragraph 3")]),
];

export const { quotes, figures, corrections } = none;
