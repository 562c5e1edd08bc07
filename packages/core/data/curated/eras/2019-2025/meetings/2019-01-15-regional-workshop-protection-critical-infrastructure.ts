// 15-17 January 2019: first regional expert workshop of CTED, INTERPOL and UNOCT on protecting critical
// infrastructure against terrorist attacks, at the INTERPOL Global Complex for Innovation, Singapore.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2019-01-15-regional-workshop-protection-critical-infrastructure";
const SRC = "ctc-2019-01-regional-workshop-critical-infrastructure-singapore";
const { represented, described } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Regional expert workshop on the protection of critical infrastructure against terrorist attacks",
    evidence: [cite(SRC, "paragraph 1")],
    note: "The copy read has no headline: the title is the page's own description of the event (“a regional expert workshop on the protection of critical infrastructure against terrorist attacks”).",
  },
  alternateTitles: [
    {
      value: "First regional workshop on the protection of critical infrastructure against terrorist attacks",
      evidence: [cite(SRC, "photo caption after paragraph 1")],
      note: "Wording of a photo caption on the page.",
    },
  ],
  dates: { value: { start: "2019-01-15", end: "2019-01-17" }, evidence: [cite(SRC, "paragraph 3")] },
  type: { value: "workshop", evidence: [cite(SRC, "paragraphs 1 and 3")] },
  organizers: [
    { organization: "cted", role: "co-organizer", evidence: [cite(SRC, "paragraph 3")] },
    { organization: "interpol", role: "co-organizer", evidence: [cite(SRC, "paragraph 3")] },
    { organization: "unoct", role: "co-organizer", evidence: [cite(SRC, "paragraph 3")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "INTERPOL Global Complex for Innovation", city: "Singapore", country: "Singapore" }] },
    evidence: [cite(SRC, "paragraph 3")],
  },
  summary: {
    value:
      "Government officials of the region and experts spent three days on how to shield critical infrastructure from terrorist attack, as resolution 2341 (2017) asks. Participants named as obstacles the coordination of many national stakeholders, public-private partnerships, scarce resources in remote areas and information-sharing, and discussed privacy and human rights at length; the workshop also promoted the Compendium of Good Practices on the Protection of Critical Infrastructures Against Terrorist Attacks.",
    evidence: [cite(SRC, "paragraphs 1, 3, 5 and 6")],
  },
  topics: ["critical-infrastructure", "public-private-partnerships", "human-rights", "international-cooperation", "implementation-of-resolutions"],
  documents: [
    { symbol: "resolution 2341 (2017)", relation: "framework", evidence: [cite(SRC, "paragraphs 1 and 5")] },
    { symbol: "Compendium of Good Practices on the Protection of Critical Infrastructures Against Terrorist Attacks", relation: "reference", evidence: [cite(SRC, "paragraph 6")] },
  ],
  mentions: [{ organization: "ctc", evidence: [cite(SRC, "paragraph 5")], note: "Resolution 2341 (2017) encourages the Committee, with CTED, to facilitate technical assistance in this area." }],
  sources: [SRC],
  notes: ["The mirror copy replaces the words “United Nations” with an injected token twice; the record reads the names in full (see the source's defects)."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  described("government-officials", "Government officials from the region", [cite(SRC, "paragraph 3")]),
  represented("icao", [cite(SRC, "paragraph 3")], "Experts of the International Civil Aviation Organization took part."),
  represented("interpol", [cite(SRC, "paragraph 3")], "INTERPOL experts took part besides co-organizing the workshop."),
  represented("unodc", [cite(SRC, "paragraph 3")], "Experts of the UN Office on Drugs and Crime took part."),
  described("japanese-atomic-energy-agency", "Experts from the Japanese Atomic Energy Agency", [cite(SRC, "paragraph 3")]),
];

export const statements: MeetingModule["statements"] = [];
export const { quotes, figures, corrections } = none;
