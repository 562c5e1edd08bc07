// 14 July 2016: the CTC's informal briefing on foreign terrorist fighters for the most affected States of
// the Sahel/West Africa and Maghreb regions (number 2 in the series of regional briefings).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-07-14-informal-briefing-ftf-sahel-west-africa-maghreb";
const CTC = "ctc-2016-07-second-third-informal-briefings-ftf";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The foreign terrorist fighter (FTF) phenomenon and the implementation of Security Council resolution 2178 (2014)",
    evidence: [cite(CTC, "paragraph 1")],
    note: "The subject of the two informal briefings of 14 and 15 July, as the page states it; the page reports both together.",
  },
  alternateTitles: [
    { value: "Second and third informal briefings conclude series of regionally focused dialogues on FTF threat", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page, covering both briefings." },
  ],
  dates: {
    value: { start: "2016-07-14", end: "2016-07-14" },
    evidence: [cite(CTC, "paragraphs 1-2")],
    note: "The page gives 14 and 15 July for the two briefings and lists the regions “respectively”; the year (2016) follows from the first briefing of 9 June 2016 it follows up and from the Madrid special meeting being “July last year”.",
  },
  type: { value: "informal-briefing", evidence: [cite(CTC, "headline and paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "CTED experts presented the third report on implementation of resolution 2178 (2014) and the Madrid guiding principles, and recommended strategies for prosecution, rehabilitation and reintegration, action against terrorism financing and stronger security, with community and civil-society engagement and respect for human rights. The States described their difficulties and called for more coordination, information-sharing and comprehensive national frameworks.",
    evidence: [cite(CTC, "paragraphs 2 and 4-6")],
    note: "Curators' summary of the page, which reports the two briefings together.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "human-rights", "terrorism-financing"],
  documents: [
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(CTC, "paragraphs 1 and 4")] },
    { symbol: "S/2015/975", relation: "reference", evidence: [cite(CTC, "paragraph 4")] },
    { symbol: "S/2015/939", relation: "reference", evidence: [cite(CTC, "paragraph 4")] },
  ],
  related: [{ meeting: "2016-06-09-informal-briefing-ftf-middle-east", relation: "continues", evidence: [cite(CTC, "paragraph 1")] }],
  series: { value: { name: "regional informal briefings of the Counter-Terrorism Committee on foreign terrorist fighters", number: 2 }, evidence: [cite(CTC, "headline and paragraph 1")] },
  sources: [CTC],
  notes: ["One page reports both the second and the third briefings; statements and figures are recorded for each, as the page does not tell them apart."],
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
    evidence: [cite(CTC, "paragraph 3")],
    confidence: 0.9,
    note: "The page quotes the Chair once for the two briefings.",
  },
  { id: id("cted-experts"), meeting: MEETING, organization: "cted", description: "CTED experts", capacity: "presenter", evidence: [cite(CTC, "paragraphs 4-5")] },
  { id: id("invited-states"), meeting: MEETING, description: "Unnamed Member States from the Sahel/West Africa and Maghreb regions that the phenomenon affects most", capacity: "speaker", evidence: [cite(CTC, "paragraphs 2 and 6")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-aboulatta"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "remarks",
    text: "The Chair called for strategies to keep adapting, efforts to be aligned and resources mobilized.",
    evidence: [cite(CTC, "paragraph 3")],
    confidence: 0.9,
  },
  {
    id: id("statement-cted"),
    meeting: MEETING,
    participation: id("cted-experts"),
    kind: "briefing",
    text: "CTED briefed on its third report on implementation of resolution 2178 (2014) and on the Madrid guiding principles, and recommended prosecution, rehabilitation and reintegration strategies, measures against terrorism financing and stronger security, engaging communities and civil society within the rule of law and human rights.",
    evidence: [cite(CTC, "paragraphs 4-5")],
  },
  {
    id: id("statement-states"),
    meeting: MEETING,
    participation: id("invited-states"),
    kind: "remarks",
    text: "The participating States described their difficulties with the threat and stressed better coordination and sharing of information and good practice, and comprehensive national frameworks addressing the conditions conducive to terrorism.",
    evidence: [cite(CTC, "paragraph 6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-ftf-estimate"),
    meeting: MEETING,
    value: 30000,
    unit: "foreign terrorist fighters",
    measure: "foreign terrorist fighters, by current estimate",
    asStated: "at least 30,000",
    approximate: true,
    asOf: "2016-07-14",
    evidence: [cite(CTC, "paragraph 7")],
  },
  {
    id: id("figure-ftf-countries"),
    meeting: MEETING,
    value: 100,
    unit: "countries",
    measure: "countries the foreign terrorist fighters come from",
    asStated: "more than 100",
    approximate: true,
    evidence: [cite(CTC, "paragraph 7")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
