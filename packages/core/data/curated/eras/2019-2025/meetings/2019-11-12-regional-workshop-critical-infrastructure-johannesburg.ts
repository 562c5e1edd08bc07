// 12-14 November 2019: CTED, INTERPOL and UNOCT regional workshop in Johannesburg for the East and Southern
// Africa region on protecting critical infrastructure against terrorist attacks.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2019-11-12-regional-workshop-critical-infrastructure-johannesburg";
const SRC = "ctc-2019-11-regional-workshop-critical-infrastructure-johannesburg";
const { represented, described } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Regional workshop on the protection of critical infrastructure against terrorist attacks",
    evidence: [cite(SRC, "photo caption (first line) and paragraph 2")],
    note: "The copy read has no headline; the title is the page's description of the workshop.",
  },
  dates: { value: { start: "2019-11-12", end: "2019-11-14" }, evidence: [cite(SRC, "paragraph 2")] },
  type: { value: "workshop", evidence: [cite(SRC, "paragraph 2")] },
  organizers: [
    { organization: "cted", role: "co-organizer", evidence: [cite(SRC, "paragraph 2")] },
    { organization: "interpol", role: "co-organizer", evidence: [cite(SRC, "paragraph 2")] },
    { organization: "unoct", role: "co-organizer", evidence: [cite(SRC, "paragraph 2")] },
  ],
  venue: { value: { mode: "in-person", locations: [{ city: "Johannesburg", country: "South Africa" }] }, evidence: [cite(SRC, "paragraph 2")], note: "The page names the city, not the building." },
  objectives: [
    {
      value: "To help the States of East and Southern Africa understand and build their capacity to keep critical infrastructure safe from terrorist attacks.",
      evidence: [cite(SRC, "photo caption (first line)")],
    },
  ],
  summary: {
    value:
      "Government officials of East and Southern Africa, with experts of UN and other international bodies and of the private sector, worked on protecting critical infrastructure against terrorist attacks. The workshop promoted the Compendium of Good Practices on the Protection of Critical Infrastructures Against Terrorist Attacks, prepared under the Global Compact working group on emerging threats and critical infrastructure.",
    evidence: [cite(SRC, "paragraphs 2-4")],
  },
  topics: ["critical-infrastructure", "public-private-partnerships", "international-cooperation", "implementation-of-resolutions"],
  documents: [
    { symbol: "resolution 2341 (2017)", relation: "framework", evidence: [cite(SRC, "paragraph 3")] },
    { symbol: "Compendium of Good Practices on the Protection of Critical Infrastructures Against Terrorist Attacks", relation: "reference", date: "2018", evidence: [cite(SRC, "paragraph 4")] },
  ],
  claims: [{ value: "The Compendium had its formal New York launch in 2018.", evidence: [cite(SRC, "paragraph 4")] }],
  mentions: [{ organization: "ctc", evidence: [cite(SRC, "paragraph 3")], note: "Named, with CTED, among the bodies that cooperate under resolution 2341 (2017)." }],
  sources: [SRC],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  described("government-officials", "Government officials from the East and Southern Africa region", [cite(SRC, "photo caption and paragraph 2")]),
  represented("icao", [cite(SRC, "paragraph 2")], "Experts of the International Civil Aviation Organization took part."),
  represented("unodc", [cite(SRC, "paragraph 2")], "UNODC experts took part."),
  described("who-experts", "Experts from the World Health Organization (WHO)", [cite(SRC, "paragraph 2")]),
  represented("gctf", [cite(SRC, "paragraph 2")], "Experts from the Global Counterterrorism Forum took part."),
  described("private-sector", "Experts from the private sector", [cite(SRC, "paragraph 2")]),
];

export const statements: MeetingModule["statements"] = [];
export const { quotes, figures, corrections } = none;
