// 9 June 2016: the first of the CTC's regional informal briefings on foreign terrorist fighters, for
// States in or near the conflict zones of the Middle East.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-06-09-informal-briefing-ftf-middle-east";
const CTC = "ctc-2016-06-first-regional-briefing-ftf";
const NEXT = "ctc-2016-07-second-third-informal-briefings-ftf";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Foreign terrorist fighters (FTF)",
    evidence: [cite(CTC, "paragraph 1")],
    note: "The page names only the subject of the informal briefing; the invited States were those in or near the conflict zones of the Middle East.",
  },
  alternateTitles: [
    { value: "First in a series of regional briefings, Counter-Terrorism Committee invites States affected by the foreign terrorist fighter phenomenon", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page." },
  ],
  dates: { value: { start: "2016-06-09", end: "2016-06-09" }, evidence: [cite(CTC, "paragraph 1")] },
  type: { value: "informal-briefing", evidence: [cite(CTC, "paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "Nearly two years after resolution 2178 (2014), the Committee invited the most affected Middle Eastern States in or near conflict zones. CTED presented its third report on implementation of that resolution and the guiding principles adopted in Madrid; non-Council States described concrete problems, notably fighters returning home, and stressed resolutions 2178 and 2253 and the need for capacity-building.",
    evidence: [cite(CTC, "paragraphs 1-2 and 4-5")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(CTC, "paragraphs 2 and 4")] },
    { symbol: "resolution 2253 (2015)", relation: "reference", evidence: [cite(CTC, "paragraph 5")] },
    { symbol: "S/2015/975", relation: "reference", evidence: [cite(CTC, "paragraph 4"), cite(NEXT, "paragraph 4")], },
    { symbol: "S/2015/939", relation: "reference", evidence: [cite(CTC, "paragraph 4"), cite(NEXT, "paragraph 4")] },
  ],
  related: [{ meeting: "2015-07-27-special-meeting-madrid-foreign-terrorist-fighters", relation: "follow-up-to", evidence: [cite(CTC, "paragraph 4")] }],
  series: { value: { name: "regional informal briefings of the Counter-Terrorism Committee on foreign terrorist fighters", number: 1 }, evidence: [cite(CTC, "headline"), cite(NEXT, "paragraph 1")] },
  sources: [CTC, NEXT],
  notes: ["The report (“third report ()”) and the guiding principles are linked without targets in the copy read; their symbols are taken from the CTC's page on the next briefings."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc", "amr-abdellatif-aboulatta-permanent-representative-egypt"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraph 3"), cite(CTC, "photo caption")],
  },
  { id: id("represented-cted"), meeting: MEETING, organization: "cted", capacity: "presenter", evidence: [cite(CTC, "paragraph 4"), cite(CTC, "second photo caption")] },
  {
    id: id("cted-deputy-executive-director"),
    meeting: MEETING,
    organization: "cted",
    description: "CTED's Deputy Executive Director (not named)",
    capacity: "participant",
    evidence: [cite(CTC, "photo caption")],
  },
  {
    id: id("cted-deputy-head-atao"),
    meeting: MEETING,
    organization: "cted",
    description: "The Deputy Head of CTED's Assessment and Technical Assistance Office (not named)",
    capacity: "participant",
    evidence: [cite(CTC, "photo caption")],
  },
  { id: id("secretary-to-the-committee"), meeting: MEETING, organization: "ctc", description: "The Secretary to the Committee (not named)", capacity: "participant", evidence: [cite(CTC, "photo caption")] },
  {
    id: id("invited-states"),
    meeting: MEETING,
    description: "States in or neighbouring the conflict zones of the Middle East most affected by the phenomenon (not named)",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraphs 1 and 5")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-aboulatta"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "opening-remarks",
    text: "Explaining why he had decided to organize regional informal briefings for States not on the Council, the Chair said cooperation and coordination had to be deepened to stop terrorists disrupting ways of life and freedoms and targeting civilians.",
    evidence: [cite(CTC, "paragraph 3")],
  },
  {
    id: id("statement-cted"),
    meeting: MEETING,
    participation: id("represented-cted"),
    kind: "briefing",
    text: "CTED presented its third report on States' implementation of resolution 2178 (2014) and on the Madrid principles of the year before on foreign terrorist fighters.",
    evidence: [cite(CTC, "paragraph 4")],
  },
  {
    id: id("statement-states"),
    meeting: MEETING,
    participation: id("invited-states"),
    kind: "remarks",
    text: "They supported the Committee and CTED, described practical difficulties such as fighters returning to their countries of origin, and stressed resolutions 2178 and 2253, the guiding principles and the need for capacity-building.",
    evidence: [cite(CTC, "paragraph 5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
