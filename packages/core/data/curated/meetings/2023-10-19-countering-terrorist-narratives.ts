// E11: 19 October 2023, CTC open meeting on countering terrorist narratives, under resolution 2354 (2017).
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2023-10-19-countering-terrorist-narratives";
const SRC = "ctc-2023-10-19-open-meeting-terrorist-narratives";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "Countering terrorist narratives", evidence: [cite(SRC)] },
  dates: { value: { start: "2023-10-19", end: "2023-10-19" }, evidence: [cite(SRC)] },
  type: { value: "open-meeting", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  summary: {
    value:
      "The Committee's open meeting on countering terrorist narratives under resolution 2354 (2017). The Executive Director of CTED spoke on narratives that come from unaffiliated actors and are mixed with other content.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "ict-and-internet", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2354 (2017)", relation: "mandate", evidence: [cite(SRC)] }],
  related: [{ meeting: "2022-03-24-countering-terrorist-narratives", relation: "continues", evidence: [cite(SRC)] }],
  sources: [SRC],
  notes: ["The venue is not stated in the sources."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("mohamed-abushahab"),
    meeting: MEETING,
    person: "mohamed-abushahab",
    roles: ["mohamed-abushahab-chair-ctc", "mohamed-abushahab-deputy-permanent-representative-united-arab-emirates"],
    organization: "ctc",
    capacity: "chair",
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
];

export const statements: D["statements"] = [
  {
    id: id("statement-gherman-unaffiliated-actors"),
    meeting: MEETING,
    participation: id("natalia-gherman"),
    kind: "remarks",
    text: "Spoke on terrorist narratives that come from actors with no affiliation to a group and are mixed in with other content.",
    evidence: [cite(SRC)],
  },
  {
    id: id("statement-abushahab-internet-access"),
    meeting: MEETING,
    participation: id("mohamed-abushahab"),
    kind: "remarks",
    text: "Noted that one third of all people have no access to the Internet.",
    evidence: [cite(SRC)],
  },
];

export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-people-without-internet-access"),
    meeting: MEETING,
    participation: id("mohamed-abushahab"),
    value: 1 / 3,
    unit: "share of people",
    measure: "share of all people with no Internet access",
    asStated: "one third of all people",
    approximate: true,
    evidence: [cite(SRC)],
  },
];

export const corrections: D["corrections"] = [];
