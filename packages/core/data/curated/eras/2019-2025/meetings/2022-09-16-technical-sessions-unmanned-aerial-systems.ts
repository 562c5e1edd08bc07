// 16 and 19 September 2022: CTED technical sessions on threats posed by the misuse of unmanned aerial systems by
// terrorists, preparing a session of the Committee's special meeting in India.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2022-09-16-technical-sessions-unmanned-aerial-systems";
const SRC = "ctc-2022-09-cted-tech-sessions-uas";
const { described } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Threats posed by misuse of unmanned aerial systems (UAS) by terrorists", evidence: [cite(SRC, "paragraph 1")] },
  dates: {
    value: { start: "2022-09-16", end: "2022-09-19" },
    evidence: [cite(SRC, "paragraphs 1 and 4")],
    confidence: 0.9,
    note: "Held on 16 and 19 September (two days, not the days between). The copy read does not give the year: it is 2022, since the sessions prepare the special meeting in India of October 2022.",
  },
  type: { value: "unknown", evidence: [cite(SRC, "paragraph 1")], note: "The page calls them technical sessions; the vocabulary has no such type." },
  organizers: [{ organization: "cted", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  objectives: [
    { value: "To identify challenges and good practices against terrorist use of unmanned aerial systems, and the opportunities the technology offers Member States.", evidence: [cite(SRC, "paragraph 3")] },
  ],
  summary: {
    value:
      "Experts from Member States, international bodies, research institutes, industry and civil society discussed the growing misuse of unmanned aerial systems by terrorists, how police and border services can use them, and ways to stop terrorists acquiring and using them and their components.",
    evidence: [cite(SRC, "paragraphs 2 and 4")],
  },
  topics: ["new-technologies"],
  claims: [
    { value: "The discussions were to inform the session on unmanned aerial systems of the Committee's special meeting in India.", evidence: [cite(SRC, "paragraph 4")] },
  ],
  sources: [SRC],
  notes: [
    "These sessions prepared the special meeting of 28-29 October 2022 (2022-10-28-new-and-emerging-technologies in this dataset); the relation vocabulary has no “prepares” kind, so it is a claim.",
    "The page dates the special meeting 28 to 30 October; it was held on 28 and 29 October 2022.",
    "The venue and format are not stated.",
  ],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  described("experts", "Experts from Member States, international bodies, research institutes, industry and civil society", [cite(SRC, "paragraph 4")], "presenter"),
];

export const statements: MeetingModule["statements"] = [];
export const { quotes, figures, corrections } = none;
