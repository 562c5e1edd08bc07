// 27 March 2017: the fourth of the CTC's regional informal briefings on foreign terrorist fighters, for the
// affected States of Western Europe and the European Union.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-03-27-informal-briefing-ftf-western-europe";
const CTC = "ctc-2017-03-briefs-western-european-states-ftf";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Foreign terrorist fighters (FTFs)",
    evidence: [cite(CTC, "paragraph 1")],
    note: "The page names only the subject of the informal open briefing, held for the Western European States concerned and the European Union.",
  },
  alternateTitles: [
    { value: "Counter-Terrorism Committee briefs Western European States affected by FTF phenomenon", evidence: [cite(CTC, "page address")], note: "The page's title, as its address gives it." },
  ],
  dates: {
    value: { start: "2017-03-27", end: "2017-03-27" },
    evidence: [cite(CTC, "paragraph 3")],
    confidence: 0.9,
    note: "The page gives 27 March without a year; 2017 follows from its being the fourth briefing of a series whose first three were held in June and July 2016, under Chair Aboulatta (2016-2017).",
  },
  type: { value: "informal-briefing", evidence: [cite(CTC, "paragraphs 1 and 3")], note: "An informal open briefing, in the page's words." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "CTED gave its main findings on the region, based on the second and third reports on implementation of resolution 2178 (2014) by the affected Western European States: great progress, but lasting challenges. The States and the European Union described national and regional measures, particularly on returning fighters, and stressed timely information-sharing and a comprehensive, rights-based approach.",
    evidence: [cite(CTC, "paragraphs 4-8")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "international-cooperation", "human-rights"],
  documents: [
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(CTC, "paragraphs 4 and 7")] },
    { symbol: "S/2015/683", relation: "reference", evidence: [cite(CTC, "paragraph 4")] },
    { symbol: "S/2015/975", relation: "reference", evidence: [cite(CTC, "paragraph 4")] },
  ],
  related: [{ meeting: "2016-07-15-informal-briefing-ftf-south-south-east-asia", relation: "continues", evidence: [cite(CTC, "paragraph 3")] }],
  series: { value: { name: "regional informal briefings of the Counter-Terrorism Committee on foreign terrorist fighters", number: 4 }, evidence: [cite(CTC, "paragraph 3")] },
  sources: [CTC],
  notes: [],
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
    evidence: [cite(CTC, "paragraph 2")],
  },
  { id: id("represented-cted"), meeting: MEETING, organization: "cted", capacity: "presenter", evidence: [cite(CTC, "paragraphs 4-5")] },
  { id: id("represented-european-union"), meeting: MEETING, organization: "european-union", capacity: "speaker", evidence: [cite(CTC, "paragraphs 1 and 6")] },
  { id: id("western-european-states"), meeting: MEETING, description: "Affected Member States of Western Europe (not named)", capacity: "speaker", evidence: [cite(CTC, "paragraphs 1 and 6-8")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-aboulatta"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "opening-remarks",
    text: "The Chair said the attacks in Europe over the previous two years showed that no region is safe and that terrorists can get round even the most advanced technology and counter-terrorism measures.",
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("statement-cted"),
    meeting: MEETING,
    participation: id("represented-cted"),
    kind: "briefing",
    text: "CTED shared its main findings on the region from the second and third reports on implementation of resolution 2178 (2014) and recent developments, noting great progress by the assessed States alongside persistent challenges.",
    evidence: [cite(CTC, "paragraphs 4-5")],
  },
  {
    id: id("statement-states"),
    meeting: MEETING,
    participation: id("western-european-states"),
    kind: "remarks",
    text: "The States and the European Union supported the Committee and CTED, described national and regional measures and difficulties, particularly with returning fighters, and called for timely information-sharing and cooperation against violent extremism within a comprehensive, human-rights-based approach.",
    evidence: [cite(CTC, "paragraphs 6-8")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
