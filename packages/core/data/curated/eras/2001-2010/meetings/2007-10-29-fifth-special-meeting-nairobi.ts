// 29-31 October 2007: the CTC's fifth special meeting with international, regional and subregional
// organizations, at the United Nations Office at Nairobi, on preventing terrorist movement and border security.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2007-10-29-fifth-special-meeting-nairobi";
const CTC = "ctc-2007-nairobi-special-meeting";
const SCOOP = "scoop-2007-10-30-nairobi-opens";
const NEWS = "unnews-2007-11-action-plan";
const COOP = "ctc-cooperation-with-organizations";
const id = prefixer(MEETING);

const leader = (organization: string) => ({
  id: id(`led-by-${organization}`),
  meeting: MEETING,
  organization,
  capacity: "presenter" as const,
  evidence: [cite(NEWS, "last paragraph")],
  note: "Named among the bodies that led the discussions with CTED.",
});

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Prevention of terrorist movement and effective border security", evidence: [cite(CTC, "paragraph 1"), cite(SCOOP, "paragraph 6")], note: "The theme of the meeting." },
  alternateTitles: [
    {
      value: "Fifth special meeting with international, regional and sub-regional organizations",
      evidence: [cite(CTC, "paragraph 1")],
      note: "How the CTC's page names the meeting.",
    },
    { value: "Security Council counter-terrorism committee opens meeting in Nairobi", evidence: [cite(SCOOP, "second headline")], note: "UN News headline of the opening day (reposted)." },
    { value: "UN Counter-Terrorism Committee meeting produces action plan", evidence: [cite(NEWS, "headline")], note: "UN News headline of the closing." },
  ],
  dates: { value: { start: "2007-10-29", end: "2007-10-31" }, evidence: [cite(CTC, "paragraph 1"), cite(NEWS, "paragraph 5")] },
  type: { value: "special-meeting", evidence: [cite(CTC, "paragraph 1"), cite(NEWS, "paragraph 5")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  venue: {
    value: { mode: "in-person", locations: [{ name: "Conference Centre of the United Nations Office at Nairobi (UNON)", city: "Nairobi", country: "Kenya" }] },
    evidence: [cite(CTC, "paragraph 1"), cite(NEWS, "paragraph 5")],
  },
  objectives: [
    {
      value: "To discuss in depth where the Committee and the organizations complement each other in implementing resolution 1373 (2001) and the UN Global Counter-Terrorism Strategy: denying safe haven, better border and customs controls, detecting terrorist movement and arms trafficking, sharing information, keeping refugee and asylum protection from being abused, and exchanging good practice.",
      evidence: [cite(CTC, "paragraph 2")],
      note: "Paraphrased from the CTC's page.",
    },
  ],
  summary: {
    value:
      "Three days on keeping terrorists from crossing borders, with working sessions led by CTED, ICAO, IMO, INTERPOL, the WCO and UNHCR on cargo, civil aviation and maritime security, law enforcement at borders, and asylum and refugee protection; the Committee and some three dozen organizations closed with a joint statement and action plan on sharing border-control information and helping States devise border strategies.",
    evidence: [cite(NEWS, "paragraphs 3-7"), cite(SCOOP, "paragraphs 1-3 and 6"), cite(CTC, "paragraphs 1-3")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions", "human-rights"],
  series: {
    value: { name: "special meetings of the Counter-Terrorism Committee with international, regional and subregional organizations", number: 5 },
    evidence: [cite(CTC, "paragraph 1"), cite(NEWS, "paragraph 5"), cite(COOP, "paragraph 2")],
  },
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(CTC, "paragraph 2")] },
    { symbol: "General Assembly resolution 60/288", relation: "framework", evidence: [cite(CTC, "paragraph 2")] },
    { symbol: "Joint statement and action plan", relation: "outcome", date: "2007-10-31", evidence: [cite(NEWS, "paragraphs 3-5")] },
  ],
  related: [{ meeting: "2005-01-26-fourth-special-meeting-almaty", relation: "continues", evidence: [cite(NEWS, "paragraph 5")] }],
  claims: [
    { value: "Non-member States of the Committee could attend as observers.", evidence: [cite(CTC, "paragraph 1")] },
  ],
  sources: [CTC, SCOOP, NEWS, COOP],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ricardo-alberto-arias"),
    meeting: MEETING,
    person: "ricardo-alberto-arias",
    roles: ["ricardo-alberto-arias-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(SCOOP, "paragraphs 4-5")],
    note: "Spoke at the opening.",
  },
  leader("cted"),
  leader("icao"),
  leader("imo"),
  leader("interpol"),
  leader("wco"),
  leader("unhcr"),
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("arias-opening"),
    meeting: MEETING,
    participation: id("ricardo-alberto-arias"),
    onBehalfOf: ["ctc"],
    kind: "opening-remarks",
    text: "Told the opening that because terrorists move freely the UN needs close partnerships with organizations at the international, regional and subregional levels, and that respecting international law, human rights included, matters no less: every counter-terrorism measure must comply with human rights, humanitarian and refugee law.",
    evidence: [cite(SCOOP, "paragraphs 4-5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-organizations-invited"),
    meeting: MEETING,
    value: 74,
    unit: "organizations",
    measure: "international, regional and subregional organizations invited",
    asStated: "About 74",
    approximate: true,
    evidence: [cite(CTC, "paragraph 1")],
    alternatives: [{ value: 70, asStated: "more than 70", evidence: [cite(SCOOP, "paragraph 1")], note: "UN News on the opening day: more than 70 organizations and UN agencies holding the meeting with the Committee." }],
    preferred: "The Committee's own page gives the closer count (of those invited); UN News rounds it.",
  },
  {
    id: id("figure-organizations-joint-statement"),
    meeting: MEETING,
    value: 36,
    unit: "organizations",
    measure: "organizations that issued the joint statement and action plan with the Committee",
    asStated: "some three dozen",
    approximate: true,
    evidence: [cite(NEWS, "paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
