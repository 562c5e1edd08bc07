// E14: 21 November 2024, the Financial Action Task Force of Latin America (GAFILAT) briefs the CTC.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2024-11-21-gafilat-briefs-ctc";
const SRC = "ctc-2024-11-21-gafilat-briefs-ctc";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "GAFILAT briefs the Counter-Terrorism Committee", evidence: [cite(SRC)] },
  dates: { value: { start: "2024-11-21", end: "2024-11-21" }, evidence: [cite(SRC)] },
  type: { value: "closed-briefing", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  summary: {
    value:
      "GAFILAT briefed the Committee on risk assessments of the non-profit sector, a tool giving designated non-financial businesses and professions access to the ISIL/Al-Qaida sanctions lists, and exercises testing asset-freezing mechanisms.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "public-private-partnerships", "implementation-of-resolutions"],
  sources: [SRC],
  notes: ["The source's path is in the Arabic section of the CTC site but the page serves English text.", "The venue is not stated in the sources."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("liliana-alcaraz"),
    meeting: MEETING,
    person: "liliana-alcaraz",
    roles: ["liliana-alcaraz-president-pro-tempore-gafilat"],
    organization: "gafilat",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  {
    id: id("esteban-fullin"),
    meeting: MEETING,
    person: "esteban-fullin",
    roles: ["esteban-fullin-executive-secretary-gafilat"],
    organization: "gafilat",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  {
    id: id("juan-carlos-monroy"),
    meeting: MEETING,
    person: "juan-carlos-monroy",
    roles: ["juan-carlos-monroy-vice-president-pro-tempore-gafilat"],
    organization: "guatemala",
    capacity: "speaker",
    evidence: [cite(SRC)],
    note: "Vice-President Pro Tempore of GAFILAT, named with Guatemala.",
  },
  {
    id: id("natalia-gherman"),
    meeting: MEETING,
    person: "natalia-gherman",
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC)],
    note: "Named with CTED; the source as summarised does not state her post at this meeting.",
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
