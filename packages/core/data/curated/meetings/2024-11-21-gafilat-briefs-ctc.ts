// E14, re-checked: 21 November 2024, GAFILAT briefs the Counter-Terrorism Committee on its recent work in support
// of Latin American States against terrorist financing.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2024-11-21-gafilat-briefs-ctc";
const SRC = "ctc-2024-11-21-gafilat-briefs-ctc";
const LN = "lanacion-py-2023-12-18-alcaraz-presidencia-gafilat";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "The recent work of GAFILAT as it pertains to supporting Member States in Latin America to improve effective implementation of counter-terrorism financing measures",
    evidence: [cite(SRC, "paragraph 1")],
    note: "The copy read has no headline; the title is the subject of the briefing in the page's words.",
  },
  dates: { value: { start: "2024-11-21", end: "2024-11-21" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "briefing-to-members", evidence: [cite(SRC, "paragraph 1")], note: "GAFILAT “briefed the … Counter-Terrorism Committee”, with partners attending as observers." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "GAFILAT's leadership briefed the Committee on its support to Latin American States against terrorist financing: sector risk assessments for non-profit organizations, a tool giving designated non-financial businesses and professions access to the ISIL (Da'esh) and Al-Qaida sanctions lists, and simulation exercises testing States' asset-freezing mechanisms. Partners of the UN Global Counter-Terrorism Coordination Compact attended as observers.",
    evidence: [cite(SRC, "paragraphs 1-4")],
  },
  topics: ["terrorism-financing", "implementation-of-resolutions", "international-cooperation"],
  sources: [SRC],
  notes: ["The venue is not stated in the copy read."],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked: the type “closed briefing” was not stated and is replaced; the title is the page's; the CTED Executive Director's post is added." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("liliana-alcaraz"),
    meeting: MEETING,
    person: "liliana-alcaraz",
    roles: ["liliana-alcaraz-president-pro-tempore-gafilat"],
    organization: "gafilat",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 1")],
  },
  {
    id: id("esteban-fullin"),
    meeting: MEETING,
    person: "esteban-fullin",
    roles: ["esteban-fullin-executive-secretary-gafilat"],
    organization: "gafilat",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 1")],
  },
  {
    id: id("juan-carlos-monroy"),
    meeting: MEETING,
    person: "juan-carlos-monroy",
    roles: ["juan-carlos-monroy-vice-president-pro-tempore-gafilat"],
    organization: "gafilat",
    capacity: "participant",
    evidence: [cite(SRC, "paragraph 1"), cite(LN, "paragraph 3")],
    note: "A member of GAFILAT's delegation, from Guatemala. A Paraguayan report of December 2023 named Jorge Marroquín, Guatemala's national coordinator, as Vice-President for 2024; the CTC page names Mr. Monroy.",
  },
  {
    id: id("natalia-gherman"),
    meeting: MEETING,
    person: "natalia-gherman",
    roles: ["natalia-gherman-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 4")],
  },
  {
    id: id("compact-partners"),
    meeting: MEETING,
    description: "Observers from several entities of the UN Global Counter-Terrorism Coordination Compact",
    capacity: "participant",
    evidence: [cite(SRC, "paragraph 1")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-gafilat"),
    meeting: MEETING,
    participation: id("liliana-alcaraz"),
    kind: "briefing",
    text: "GAFILAT's representatives described their recent support to States of the region: risk evaluations of the non-profit sector, a tool giving designated non-financial businesses and professions access to the ISIL (Da'esh) and Al-Qaida sanctions lists, and simulations testing asset-freezing mechanisms.",
    evidence: [cite(SRC, "paragraph 3")],
  },
  {
    id: id("statement-gherman"),
    meeting: MEETING,
    participation: id("natalia-gherman"),
    kind: "remarks",
    text: "After the briefing she thanked GAFILAT for its engagement with the Committee and CTED and for helping the region adopt good practices and implement international obligations and standards against terrorist financing.",
    evidence: [cite(SRC, "paragraph 4")],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
