// 21 December 2023: an Asia/Pacific Group on Money Laundering delegation briefs the Counter-Terrorism Committee in
// New York on its counter-financing work in the Indo-Pacific.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2023-12-21-apg-briefs-ctc";
const SRC = "apg-2024-01-10-co-chair-briefs-ctc";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "CFT efforts taken by the APG over the last five years to address terrorism financing issues in the Indo-Pacific",
    evidence: [cite(SRC, "paragraph 2")],
    note: "The subject of the briefing in the page's words.",
  },
  alternateTitles: [{ value: "Canadian Co-Chair briefs the UN Counter Terrorism Committee in New York, 21 December 2023", evidence: [cite(SRC, "headline")], note: "Headline of the APG's page." }],
  dates: { value: { start: "2023-12-21", end: "2023-12-21" }, evidence: [cite(SRC, "headline and paragraph 1")] },
  type: { value: "briefing-to-members", evidence: [cite(SRC, "headline and paragraph 2")], note: "The page says only that the delegation gave the Committee a briefing." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 2")] }],
  venue: { value: { mode: "in-person", locations: [{ city: "New York", country: "United States" }] }, evidence: [cite(SRC, "headline")] },
  summary: {
    value:
      "The APG's Co-Chair and Executive Secretary briefed the Committee on five years of the APG's work against terrorist financing in the Indo-Pacific: typologies research, mutual evaluation results, cooperation with the FATF and other bodies, and the state of compliance with the relevant FATF Recommendations; they then answered questions. Before the briefing they met CTED's Executive Director.",
    evidence: [cite(SRC, "paragraphs 1-4")],
  },
  topics: ["terrorism-financing", "international-cooperation"],
  claims: [{ value: "Before the briefing, the APG delegation met CTED's Executive Director, Natalia Gherman, who outlined CTED's activities of the year.", evidence: [cite(SRC, "paragraph 1")] }],
  mentions: [{ organization: "fatf", evidence: [cite(SRC, "paragraphs 2-3")], note: "Discussed: cooperation with the FATF, and how States comply with its Recommendations 5, 6 and 8." }],
  sources: [SRC],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("julien-brazeau", ["julien-brazeau-co-chair-apg", "julien-brazeau-associate-assistant-deputy-minister-canada"], "apg", "speaker", [cite(SRC, "paragraphs 1-3")]),
  person("gordon-hook", ["gordon-hook-executive-secretary-apg"], "apg", "speaker", [cite(SRC, "paragraphs 1-2")]),
];

export const statements: MeetingModule["statements"] = [
  said("julien-brazeau", 1, "briefing", "He reviewed how far APG members comply with the FATF standards on terrorist financing and said the APG must do much more to mitigate terrorist-financing risks and to use criminal justice against it in the region.", [cite(SRC, "paragraph 3")]),
];

export const { quotes, figures, corrections } = none;
