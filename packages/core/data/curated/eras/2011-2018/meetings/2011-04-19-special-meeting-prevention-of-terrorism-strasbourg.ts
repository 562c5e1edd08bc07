// 19-21 April 2011: the CTC's sixth special meeting, on the prevention of terrorism, held with the
// Council of Europe at the Palais de l'Europe in Strasbourg.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2011-04-19-special-meeting-prevention-of-terrorism-strasbourg";
const CTC = "ctc-2011-04-15-special-meeting-strasbourg";
const COE_PR = "coe-2011-04-13-press-release-334";
const COE = "coe-2011-04-special-meeting-ctc-hub";
const UNMEMBERS = "ctc-2012-04-16-committee-cted-report-achievements";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Prevention of Terrorism",
    evidence: [cite(CTC, "paragraph 1"), cite(COE, "paragraph 1")],
  },
  alternateTitles: [
    { value: "Counter-Terrorism Committee to hold special meeting in Strasbourg", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's announcement." },
    { value: "Council of Europe hosts special UN Security Council meeting on terrorism", evidence: [cite(COE_PR, "headline")], note: "Headline of the Council of Europe's press release." },
    { value: "Special meeting of the UN Security Council Counter-Terrorism Committee", evidence: [cite(COE, "headline")], note: "Headline of the Council of Europe's report." },
  ],
  dates: {
    value: { start: "2011-04-19", end: "2011-04-21" },
    evidence: [cite(CTC, "paragraph 1"), cite(COE_PR, "paragraph 1"), cite(COE, "paragraph 1")],
  },
  type: { value: "special-meeting", evidence: [cite(CTC, "headline and paragraph 1"), cite(COE, "paragraph 1"), cite(UNMEMBERS, "paragraph 4")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1"), cite(COE, "paragraph 1")] },
    { organization: "council-of-europe", role: "host", evidence: [cite(COE_PR, "paragraph 1"), cite(COE, "paragraph 1"), cite(UNMEMBERS, "paragraph 4")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "Palais de l'Europe", city: "Strasbourg", country: "France" }] },
    evidence: [cite(COE, "paragraph 1"), cite(CTC, "paragraph 1")],
  },
  objectives: [
    {
      value: "To speed up international efforts against terrorism by discussing policies to prevent terrorism, comprehensive integrated strategies and the part played by law enforcement and criminal justice in prevention.",
      evidence: [cite(COE_PR, "paragraph 2"), cite(COE, "paragraph 2")],
    },
  ],
  summary: {
    value:
      "Over three days the Committee, the Council of Europe and international, regional and subregional organizations discussed how to prevent terrorism: radicalization, incitement and recruitment, public-private partnerships, national frameworks and inter-agency coordination, and what police and courts can do, including information-sharing, prosecution and safeguards in criminal proceedings.",
    evidence: [cite(COE, "paragraphs 2-3"), cite(COE_PR, "paragraphs 2-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "public-private-partnerships", "international-cooperation", "implementation-of-resolutions", "human-rights"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "framework", evidence: [cite(CTC, "paragraph 3")] },
    { symbol: "resolution 1624 (2005)", relation: "framework", evidence: [cite(CTC, "paragraph 3")] },
    { symbol: "resolution 1963 (2010)", relation: "framework", evidence: [cite(CTC, "paragraph 3")] },
  ],
  series: { value: { name: "special meetings of the Counter-Terrorism Committee", number: 6 }, evidence: [cite(CTC, "paragraph 2")] },
  claims: [
    {
      value: "Over 50 States, 40 organizations and entities and 7 civil-society experts were expected to send representatives; over 160 participants in all.",
      evidence: [cite(CTC, "paragraphs 2 and 5")],
      note: "Stated before the meeting.",
    },
  ],
  sources: [COE, CTC, COE_PR, UNMEMBERS],
  notes: [
    "The CTC's announcement (15 April) and the Council of Europe's press release (13 April) were written before the meeting; the Council of Europe's report of the meeting confirms the dates, the place and who opened it.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("hardeep-singh-puri"),
    meeting: MEETING,
    person: "hardeep-singh-puri",
    roles: ["hardeep-singh-puri-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(COE, "paragraph 4"), cite(COE_PR, "paragraphs 4-6")],
  },
  {
    id: id("thorbjorn-jagland"),
    meeting: MEETING,
    person: "thorbjorn-jagland",
    roles: ["thorbjorn-jagland-secretary-general-council-of-europe"],
    organization: "council-of-europe",
    capacity: "speaker",
    evidence: [cite(COE, "paragraph 4"), cite(COE_PR, "paragraph 4")],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(COE, "paragraph 4"), cite(COE_PR, "paragraph 4")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-opening"),
    meeting: MEETING,
    participation: id("hardeep-singh-puri"),
    kind: "opening-remarks",
    text: "The Chair, the Council of Europe's Secretary General and CTED's head opened the meeting.",
    evidence: [cite(COE, "paragraph 4")],
  },
  {
    id: id("statement-puri-prevention"),
    meeting: MEETING,
    participation: id("hardeep-singh-puri"),
    kind: "remarks",
    text: "Ahead of the meeting, the Chair called terrorism the gravest threat to international peace and security and said that policies must change as terrorism changes, prevention being one essential part of the response.",
    evidence: [cite(COE_PR, "paragraphs 5-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-states"),
    meeting: MEETING,
    value: 50,
    unit: "States",
    measure: "States whose representatives were to take part",
    asStated: "more than 50",
    approximate: true,
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("figure-organizations"),
    meeting: MEETING,
    value: 40,
    unit: "organizations and entities",
    measure: "organizations and entities expected to take part",
    asStated: "40",
    approximate: false,
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("figure-civil-society-experts"),
    meeting: MEETING,
    value: 7,
    unit: "experts",
    measure: "civil-society experts on the list of participants",
    asStated: "7",
    approximate: false,
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("figure-participants"),
    meeting: MEETING,
    value: 160,
    unit: "participants",
    measure: "participants expected to discuss the three topics",
    asStated: "over 160",
    approximate: true,
    evidence: [cite(CTC, "paragraph 5")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
