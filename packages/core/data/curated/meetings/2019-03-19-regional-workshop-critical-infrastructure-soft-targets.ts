// E16, re-checked: 19-21 March 2019, follow-up regional expert workshop of CTED, INTERPOL and UNOCT on critical
// infrastructure and the protection of "soft" targets, Singapore, supported by Japan.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2019-03-19-regional-workshop-critical-infrastructure-soft-targets";
const SRC = "ctc-2019-03-cted-interpol-unoct-workshop-singapore";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Regional expert workshop on critical infrastructure and the protection of “soft” targets",
    evidence: [cite(SRC, "paragraph 1")],
  },
  alternateTitles: [
    {
      value: "CTED, INTERPOL, and UNOCT host follow-up regional expert workshop on critical infrastructure and “soft” target protection",
      evidence: [cite(SRC, "headline")],
      note: "Headline of the CTC page.",
    },
  ],
  dates: { value: { start: "2019-03-19", end: "2019-03-21" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "workshop", evidence: [cite(SRC, "headline and paragraph 1")] },
  organizers: [
    { organization: "cted", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "interpol", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "unoct", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "japan", role: "supporter", evidence: [cite(SRC, "paragraph 2")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "INTERPOL Global Complex for Innovation", city: "Singapore", country: "Singapore" }] },
    evidence: [cite(SRC, "paragraph 1")],
  },
  summary: {
    value:
      "A follow-up to the January 2019 workshop, this meeting of practitioners looked in more detail at the gaps and needs identified then, chiefly national strategies and action plans for protecting critical infrastructure and “soft” targets. It explored synergies between the two areas and with existing crisis-management mechanisms, and promoted the Compendium of good practices on protecting critical infrastructure among South-East Asian States.",
    evidence: [cite(SRC, "paragraphs 1-2")],
  },
  topics: ["critical-infrastructure", "soft-targets", "implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 2396 (2017)", relation: "framework", evidence: [cite(SRC, "paragraph 2")] },
    { symbol: "resolution 2341 (2017)", relation: "framework", evidence: [cite(SRC, "paragraph 2")] },
    { symbol: "Compendium of Good Practices on the Protection of Critical Infrastructures Against Terrorist Attacks", relation: "reference", evidence: [cite(SRC, "paragraph 2")] },
  ],
  related: [
    { meeting: "2019-01-15-regional-workshop-protection-critical-infrastructure", relation: "follow-up-to", evidence: [cite(SRC, "paragraph 1")] },
  ],
  sources: [SRC],
  notes: ["The copy read is cut in its second paragraph."],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked against the CTC page (mirror copy); the January 2019 workshop it follows up is now in the dataset." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  { id: id("government-officials"), meeting: MEETING, description: "Government officials from the region", capacity: "participant", evidence: [cite(SRC, "paragraph 1")] },
  { id: id("unodc"), meeting: MEETING, organization: "unodc", capacity: "participant", evidence: [cite(SRC, "paragraph 1")], note: "Experts of the UN Office on Drugs and Crime took part." },
  {
    id: id("us-department-of-homeland-security"),
    meeting: MEETING,
    organization: "us-department-of-homeland-security",
    capacity: "participant",
    evidence: [cite(SRC, "paragraph 1")],
    note: "Experts of the U.S. Department of Homeland Security took part.",
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
