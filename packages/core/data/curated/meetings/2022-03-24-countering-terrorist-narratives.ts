// E9: 24 March 2022, CTC open meeting on countering terrorist narratives, under resolution 2354 (2017).
import { cite } from "../anchor";
import { type D, prefixer, UN_HQ } from "./common";

const MEETING = "2022-03-24-countering-terrorist-narratives";
const SRC = "ctc-2022-03-24-open-meeting-terrorist-narratives";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "Countering terrorist narratives", evidence: [cite(SRC)] },
  dates: { value: { start: "2022-03-24", end: "2022-03-24" }, evidence: [cite(SRC)] },
  type: { value: "open-meeting", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(SRC)] },
  summary: {
    value:
      "The Committee's third open meeting under resolution 2354 (2017) on countering terrorist narratives, in the year of the resolution's fifth anniversary.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2354 (2017)", relation: "mandate", evidence: [cite(SRC)] }],
  related: [{ meeting: "2020-01-28-countering-terrorist-narratives", relation: "continues", evidence: [cite(SRC)] }],
  sources: [SRC],
  notes: ["The source calls this the Committee's third open meeting under resolution 2354 (2017)."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("t-s-tirumurti"),
    meeting: MEETING,
    person: "t-s-tirumurti",
    roles: ["t-s-tirumurti-permanent-representative-india", "t-s-tirumurti-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC)],
  },
  {
    id: id("weixiong-chen"),
    meeting: MEETING,
    person: "weixiong-chen",
    roles: ["weixiong-chen-acting-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-anniversary-of-resolution-2354"),
    meeting: MEETING,
    value: 5,
    unit: "years",
    measure: "anniversary of resolution 2354 (2017) marked in 2022",
    asStated: "5th anniversary",
    approximate: false,
    evidence: [cite(SRC)],
  },
];

export const corrections: D["corrections"] = [];
