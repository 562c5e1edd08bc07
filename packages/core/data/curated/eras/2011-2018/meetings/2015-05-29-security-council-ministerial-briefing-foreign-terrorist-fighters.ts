// 29 May 2015: Security Council ministerial briefing on foreign terrorist fighters, the first attended by
// interior ministers, chaired by Lithuania's Foreign Minister; the CTC Chair briefs on the CTC's first report.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2015-05-29-security-council-ministerial-briefing-foreign-terrorist-fighters";
const PR = "unorgau-2015-06-01-action-against-ftf";
const INTERPOL = "interpol-2015-05-29-chief-ftf-threat";
const CONCEPT = "mfalt-2015-concept-ministerial-briefing-ftf";
const SCR = "scr-counter-terrorism-listing-page-8";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Ministerial Briefing on Foreign Terrorist Fighters",
    evidence: [cite(CONCEPT, "headline"), cite(INTERPOL, "paragraph 1")],
  },
  alternateTitles: [
    { value: "UN Security Council Ministerial Briefing on Foreign Terrorist Fighters", evidence: [cite(CONCEPT, "headline")], note: "Lithuania's concept paper, after its “Concept paper for”." },
    { value: "Security Council Ministerial Meeting on Foreign Terrorist Fighters", evidence: [cite(PR, "photo caption")], note: "Caption in the meetings coverage." },
    { value: "Action against Threat of Foreign Terrorist Fighters Must Be Ramped Up, Security Council Urges in High-Level Meeting", evidence: [cite(PR, "headline")], note: "Headline of the meetings coverage." },
  ],
  dates: { value: { start: "2015-05-29", end: "2015-05-29" }, evidence: [cite(INTERPOL, "dateline"), cite(CONCEPT, "paragraph 1"), cite(SCR, "item “Tomorrow (29 May)”")] },
  type: { value: "security-council-briefing", evidence: [cite(INTERPOL, "paragraph 1"), cite(CONCEPT, "headline and paragraph 1")] },
  organizers: [
    { organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] },
    { organization: "lithuania", role: "host", evidence: [cite(CONCEPT, "paragraph 1"), cite(INTERPOL, "paragraph 6")] },
  ],
  objectives: [{ value: "To assess progress since September 2014 in stemming the flow of foreign terrorist fighters to conflict zones and to identify priority actions for implementing resolution 2178 (2014) in full.", evidence: [cite(CONCEPT, "paragraph 1")] }],
  summary: {
    value:
      "In the first Council meeting to which interior ministers were invited, the Council discussed the Counter-Terrorism Committee's first report on States' action against foreign terrorist fighters and adopted a presidential statement welcoming States' efforts while warning that recruitment had pushed the number of such fighters above 25,000 and calling for better prevention, interdiction, enforcement and information-sharing.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(PR, "paragraph 2"), cite(CONCEPT, "paragraph 1")] },
    { symbol: "S/2015/338", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
    { symbol: "S/PRST/2015/11", relation: "outcome", evidence: [cite(PR, "paragraph 4")] },
  ],
  claims: [
    { value: "It was the first time the Council had expressly invited interior ministers and related officials to one of its meetings.", evidence: [cite(PR, "paragraph 3"), cite(CONCEPT, "paragraph 1")] },
  ],
  sources: [PR, INTERPOL, CONCEPT, SCR],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("linas-linkevicius"),
    meeting: MEETING,
    person: "linas-linkevicius",
    roles: ["linas-linkevicius-foreign-minister-lithuania"],
    organization: "lithuania",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2")],
    note: "Presented the presidential statement as President of the Council for May.",
  },
  {
    id: id("ban-ki-moon"),
    meeting: MEETING,
    person: "ban-ki-moon",
    roles: ["ban-ki-moon-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3"), cite(INTERPOL, "paragraph 5")],
  },
  {
    id: id("gerard-van-bohemen"),
    meeting: MEETING,
    person: "gerard-van-bohemen",
    roles: ["gerard-van-bohemen-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("raimonda-murmokaite"),
    meeting: MEETING,
    person: "raimonda-murmokaite",
    roles: ["raimonda-murmokaite-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3"), cite(INTERPOL, "paragraph 6")],
  },
  {
    id: id("jurgen-stock"),
    meeting: MEETING,
    person: "jurgen-stock",
    roles: ["jurgen-stock-secretary-general-interpol"],
    organization: "interpol",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3"), cite(INTERPOL, "paragraphs 1-4")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-presidential"),
    meeting: MEETING,
    participation: id("linas-linkevicius"),
    kind: "remarks",
    text: "He read out the Council's presidential statement, which welcomed States' efforts against foreign terrorist fighters but voiced grave concern at their growing number and called for stronger prevention, interdiction and enforcement through national action and international cooperation, especially information-sharing.",
    evidence: [cite(PR, "paragraphs 1-2 and 4")],
  },
  {
    id: id("statement-ban-ki-moon"),
    meeting: MEETING,
    participation: id("ban-ki-moon"),
    kind: "remarks",
    text: "The Secretary-General urged States to cooperate and share information, control their borders effectively and strengthen criminal justice systems, within the rule of law and human rights.",
    evidence: [cite(INTERPOL, "paragraph 5")],
  },
  {
    id: id("statement-murmokaite"),
    meeting: MEETING,
    participation: id("raimonda-murmokaite"),
    kind: "briefing",
    text: "The CTC Chair said the priorities the Committee had identified included centralized, coordinated exchange of law-enforcement information within each State.",
    evidence: [cite(INTERPOL, "paragraph 6")],
  },
  {
    id: id("statement-stock"),
    meeting: MEETING,
    participation: id("jurgen-stock"),
    kind: "briefing",
    text: "INTERPOL's Secretary General asked States to share more information through INTERPOL and warned that pressure on fighters' travel was changing their tactics, with 'broken travel' through several countries, more facilitation networks, more recruits with criminal records and a domestic role for some who were stopped from travelling.",
    evidence: [cite(INTERPOL, "paragraphs 1-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-foreign-terrorist-fighters"),
    meeting: MEETING,
    value: 25000,
    unit: "foreign terrorist fighters",
    measure: "foreign fighters who had joined ISIL, Al-Qaida and other groups",
    asStated: "over 25,000",
    approximate: true,
    asOf: "2015-05-29",
    evidence: [cite(PR, "paragraph 2")],
  },
  {
    id: id("figure-countries-of-recruitment"),
    meeting: MEETING,
    value: 100,
    unit: "countries",
    measure: "countries from which extremist groups recruit",
    asStated: "more than 100",
    approximate: true,
    evidence: [cite(PR, "paragraph 1")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
