// 15 November 2023: GAFILAT's Executive Secretary briefs the Counter-Terrorism Committee.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2023-11-15-gafilat-briefing";
const SRC = "ctc-2023-11-gafilat-briefing-ctc";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "GAFILAT briefing to the Security Council Counter-Terrorism Committee", evidence: [cite(SRC, "headline")] },
  dates: { value: { start: "2023-11-15", end: "2023-11-15" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "briefing-to-members", evidence: [cite(SRC, "headline and paragraph 1")], note: "GAFILAT's Executive Secretary “briefed the … Counter-Terrorism Committee (CTC)”." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "GAFILAT's Executive Secretary described how Latin American States' legal frameworks against terrorist financing had evolved and what recent national risk assessments found, the partnership with the Committee and CTED (GAFILAT joined the Committee's visit to Ecuador in October 2023), new software to monitor UN sanctions lists, recent guides on virtual assets and domestic designations, and planned regional risk assessments.",
    evidence: [cite(SRC, "paragraphs 1-3")],
  },
  topics: ["terrorism-financing", "new-technologies", "implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(SRC, "paragraph 3")] },
    { symbol: "resolution 1267 (1999)", relation: "reference", evidence: [cite(SRC, "paragraph 3")] },
  ],
  claims: [{ value: "GAFILAT joined the Committee's October 2023 assessment visit to Ecuador, which helped align the Committee's assessment with FATF-style mutual evaluations.", evidence: [cite(SRC, "paragraph 2")] }],
  sources: [SRC],
  notes: ["The page writes resolution 1373 “(2201)”; the record reads 2001. The venue is not stated."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("esteban-fullin", ["esteban-fullin-executive-secretary-gafilat"], "gafilat", "speaker", [cite(SRC, "paragraphs 1-3")]),
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(SRC, "paragraph 4")]),
];

export const statements: MeetingModule["statements"] = [
  said("esteban-fullin", 1, "briefing", "He described the progress of Latin American States' legal frameworks against terrorist financing and good practices found in national risk assessments, and GAFILAT's new software for monitoring UN sanctions lists, its recent guides (on domestic designations under resolution 1373 and on virtual assets) and online training, and its planned regional risk assessments of non-profit organizations and virtual assets.", [cite(SRC, "paragraphs 1-3")]),
  said("natalia-gherman", 1, "remarks", "After the briefing she thanked GAFILAT for its engagement with the Committee and CTED.", [cite(SRC, "paragraph 4")]),
];

export const { quotes, figures, corrections } = none;
