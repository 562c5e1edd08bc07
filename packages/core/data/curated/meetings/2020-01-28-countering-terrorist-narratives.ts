// E6: 28 January 2020, CTC open meeting on countering terrorist narratives, under resolution 2354 (2017).
import { cite } from "../anchor";
import { type D, prefixer, UN_HQ } from "./common";

const MEETING = "2020-01-28-countering-terrorist-narratives";
const SRC = "ctc-2020-01-31-open-meeting-terrorist-narratives";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "Countering terrorist narratives", evidence: [cite(SRC)] },
  dates: {
    value: { start: "2020-01-28", end: "2020-01-28" },
    evidence: [cite(SRC)],
    note: "The page's dateline says 31 January 2020; the meeting itself was on 28 January 2020.",
  },
  type: { value: "open-meeting", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(SRC)] },
  summary: {
    value:
      "The Committee's open meeting on countering terrorist narratives under resolution 2354 (2017), with S/2017/375 as its framework document. The Executive Director of CTED spoke on compliance with international law.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "human-rights", "implementation-of-resolutions"],
  documents: [
    { symbol: "resolution 2354 (2017)", relation: "mandate", evidence: [cite(SRC)] },
    { symbol: "S/2017/375", relation: "framework", evidence: [cite(SRC)] },
  ],
  related: [
    {
      meeting: "2018-05-29-countering-terrorist-narratives",
      relation: "continues",
      evidence: [cite(SRC), cite("ctc-2018-05-30-open-meeting-ctnarratives")],
    },
  ],
  sources: [SRC],
  notes: ["The mirror copy of the page is defaced with injected spam; no injected text is used in this record."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("moncef-baati"),
    meeting: MEETING,
    person: "moncef-baati",
    roles: ["moncef-baati-permanent-representative-tunisia", "moncef-baati-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC)],
  },
  {
    id: id("michele-coninsx"),
    meeting: MEETING,
    person: "michele-coninsx",
    roles: ["michele-coninsx-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-coninsx-international-law"),
    meeting: MEETING,
    participation: id("michele-coninsx"),
    kind: "remarks",
    text: "Spoke on compliance with international law in countering terrorist narratives.",
    evidence: [cite(SRC)],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
