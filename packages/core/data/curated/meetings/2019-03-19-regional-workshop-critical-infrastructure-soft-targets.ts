// E16: 19-21 March 2019, CTED, INTERPOL and UNOCT regional expert workshop on protecting critical
// infrastructure and "soft" targets, Singapore, supported by Japan.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2019-03-19-regional-workshop-critical-infrastructure-soft-targets";
const SRC = "ctc-2019-03-cted-interpol-unoct-workshop-singapore";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "Regional expert workshop on protecting critical infrastructure and “soft” targets", evidence: [cite(SRC)] },
  alternateTitles: [
    {
      value: "CTED, INTERPOL and UNOCT host follow-up regional expert workshop on critical infrastructure and “soft” targets",
      evidence: [cite(SRC)],
      note: "Headline of the news page, as its address gives it.",
    },
  ],
  dates: { value: { start: "2019-03-19", end: "2019-03-21" }, evidence: [cite(SRC)] },
  type: { value: "workshop", evidence: [cite(SRC)] },
  organizers: [
    { organization: "cted", role: "host", evidence: [cite(SRC)] },
    { organization: "interpol", role: "host", evidence: [cite(SRC)] },
    { organization: "unoct", role: "host", evidence: [cite(SRC)] },
    { organization: "japan", role: "supporter", evidence: [cite(SRC)] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "INTERPOL Global Complex for Innovation", city: "Singapore", country: "Singapore" }] },
    evidence: [cite(SRC)],
  },
  summary: {
    value:
      "A regional expert workshop, following up a meeting of January 2019, on national strategies and action plans, the synergies between resolutions 2341 (2017) and 2396 (2017), and the Compendium of good practices on protecting critical infrastructure. Experts of UNODC and the United States Department of Homeland Security took part.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["critical-infrastructure", "soft-targets", "implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 2341 (2017)", relation: "reference", evidence: [cite(SRC)] },
    { symbol: "resolution 2396 (2017)", relation: "reference", evidence: [cite(SRC)] },
    { symbol: "Compendium of good practices on protecting critical infrastructure", relation: "reference", evidence: [cite(SRC)] },
  ],
  sources: [SRC],
  notes: [
    "A follow-up to a meeting held in January 2019, which is not in the dataset.",
    "The mirror copy of the page is defaced with injected spam; no injected text is used in this record.",
  ],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  { id: id("unodc"), meeting: MEETING, organization: "unodc", capacity: "participant", evidence: [cite(SRC)], note: "UNODC experts took part." },
  {
    id: id("us-department-of-homeland-security"),
    meeting: MEETING,
    organization: "us-department-of-homeland-security",
    capacity: "participant",
    evidence: [cite(SRC)],
    note: "Experts of the Department took part.",
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
