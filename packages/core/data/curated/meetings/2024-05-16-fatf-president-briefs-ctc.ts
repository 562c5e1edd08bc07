// E13: 16 May 2024, the FATF President briefs CTC members and observers, in a briefing organised by CTED.
import { cite } from "../anchor";
import { type D, prefixer, UN_HQ } from "./common";

const MEETING = "2024-05-16-fatf-president-briefs-ctc";
const SRC = "ctc-2024-05-fatf-president-briefs-cted-and-ctc";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "FATF President briefs CTC members and observers", evidence: [cite(SRC)] },
  alternateTitles: [
    {
      value: "Financial Action Task Force (FATF) President briefs CTED and CTC members and observers",
      evidence: [cite(SRC)],
      note: "Headline of the news page, as its address gives it.",
    },
  ],
  dates: { value: { start: "2024-05-16", end: "2024-05-16" }, evidence: [cite(SRC)] },
  type: { value: "closed-briefing", evidence: [cite(SRC)] },
  organizers: [{ organization: "cted", role: "host", evidence: [cite(SRC)] }],
  venue: {
    value: { mode: "in-person", locations: [UN_HQ] },
    evidence: [cite(SRC)],
    confidence: 0.7,
    note: "Uncertain: the source says New York without naming the building; United Nations Headquarters is assumed.",
  },
  summary: {
    value: "The FATF President briefed CTED and the members and observers of the Committee on the revision of FATF Recommendation 8 on non-profit organisations.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "international-cooperation"],
  documents: [{ symbol: "FATF Recommendation 8", relation: "reference", evidence: [cite(SRC)] }],
  sources: [SRC],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("t-raja-kumar"),
    meeting: MEETING,
    person: "t-raja-kumar",
    roles: ["t-raja-kumar-president-fatf"],
    organization: "fatf",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  {
    id: id("natalia-gherman"),
    meeting: MEETING,
    person: "natalia-gherman",
    roles: ["natalia-gherman-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  {
    id: id("nacim-gaouaoui"),
    meeting: MEETING,
    person: "nacim-gaouaoui",
    roles: ["nacim-gaouaoui-charge-d-affaires-algeria"],
    organization: "algeria",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-raja-kumar-recommendation-8"),
    meeting: MEETING,
    participation: id("t-raja-kumar"),
    kind: "briefing",
    text: "Briefed the Committee's members and observers on the revision of FATF Recommendation 8 on non-profit organisations.",
    evidence: [cite(SRC)],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
