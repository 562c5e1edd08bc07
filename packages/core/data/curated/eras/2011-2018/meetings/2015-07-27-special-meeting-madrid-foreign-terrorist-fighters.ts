// 27-28 July 2015: the CTC's special meeting in Madrid on stemming the flow of foreign terrorist fighters
// (a day of technical sessions, then the special meeting at El Pardo palace); it led to the Madrid
// Guiding Principles (S/2015/939).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2015-07-27-special-meeting-madrid-foreign-terrorist-fighters";
const CTC = "ctc-2015-07-special-meeting-madrid-concludes";
const DOC = "derechos-s-2015-939-madrid-conclusions";
const SHOROUK = "shorouk-2015-07-madrid-ctc-meeting";
const SCR = "scr-counter-terrorism-listing-page-8";
const REVIEW = "ctc-2018-11-21-chair-open-briefing-madrid-review";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Stemming the flow of foreign terrorist fighters",
    evidence: [cite(DOC, "letter, paragraph 1, and Annex I title"), cite(CTC, "headline")],
  },
  alternateTitles: [
    { value: "Special meeting of the Counter-Terrorism Committee on stemming the flow of foreign terrorist fighters", evidence: [cite(DOC, "Annex I title")], note: "Title of the conclusions (S/2015/939, annex I)." },
    { value: "Special meeting of the Counter-Terrorism Committee in Madrid concludes with recommendations on stemming the flow of foreign terrorist fighters", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's report." },
  ],
  dates: {
    value: { start: "2015-07-27", end: "2015-07-28" },
    evidence: [cite(DOC, "letter, paragraph 1, and Annex I dateline"), cite(SHOROUK, "paragraph 1")],
    alternatives: [
      {
        value: { start: "2015-07-28", end: "2015-07-28" },
        evidence: [cite(CTC, "paragraphs 1-2"), cite(SCR, "item on the special meeting in Madrid")],
        note: "The CTC's report dates the special meeting 28 July and treats the Monday (27 July) as a day of technical discussions preceding it.",
      },
    ],
    preferred: "The Committee's own conclusions (S/2015/939) give the meeting as held on 27 and 28 July, which takes in the technical day; the 28 July session is recorded as the special meeting proper.",
  },
  type: { value: "special-meeting", evidence: [cite(CTC, "headline and paragraph 1"), cite(DOC, "Annex I title")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1"), cite(DOC, "letter, paragraph 1")] },
    { organization: "spain", role: "host", evidence: [cite(CTC, "paragraph 1")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "El Pardo palace", city: "Madrid", country: "Spain", dates: { start: "2015-07-28", end: "2015-07-28" } }] },
    evidence: [cite(CTC, "paragraph 3")],
    note: "The report places the special meeting at El Pardo palace, just outside the capital; the venue of the technical day is not stated.",
  },
  objectives: [{ value: "To take forward the implementation of resolution 2178 (2014), on how States can better halt the movement of foreign terrorist fighters.", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "Away from New York for a day, the Committee met Member States and international and regional organizations in Madrid. A first day of technical sessions, with over 400 experts and representatives of the most affected States, civil society and research institutions, covered detecting and preventing incitement and recruitment, stopping travel (including advance passenger information and border security) and prosecution, cooperation and the rehabilitation of returnees; the special meeting then heard the rapporteurs and concluded with recommendations, later issued with guiding principles as S/2015/939.",
    evidence: [cite(CTC, "paragraphs 1-3"), cite(DOC, "letter, paragraph 1")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "international-cooperation"],
  sessions: [
    {
      id: "technical-1",
      kind: "thematic",
      number: 1,
      date: "2015-07-27",
      title: { value: "Detection, intervention against, and prevention of incitement, recruitment, and facilitation of foreign terrorist fighters", evidence: [cite(CTC, "paragraph 2")] },
    },
    {
      id: "technical-2",
      kind: "thematic",
      number: 2,
      date: "2015-07-27",
      title: { value: "Prevention of foreign terrorist fighters’ travel, including through operational measures, the use of advance passenger information (API), and strengthening border security", evidence: [cite(CTC, "paragraph 2")] },
    },
    {
      id: "technical-3",
      kind: "thematic",
      number: 3,
      date: "2015-07-27",
      title: { value: "Criminalization, prosecution (including prosecution strategies for returnees), international cooperation, and the rehabilitation and reintegration of returnees", evidence: [cite(CTC, "paragraph 2")] },
    },
    { id: "special-meeting", kind: "plenary", date: "2015-07-28", title: { value: "Special meeting", evidence: [cite(CTC, "paragraphs 1 and 3")] } },
  ],
  documents: [
    { symbol: "resolution 2178 (2014)", relation: "mandate", evidence: [cite(CTC, "paragraph 1")] },
    { symbol: "S/2015/939", relation: "outcome", date: "2015-12-23", evidence: [cite(DOC, "document header and letter")] },
  ],
  claims: [
    { value: "The Madrid Guiding Principles on foreign terrorist fighters, agreed after the meeting, were published in S/2015/939 together with the meeting's conclusions and a declaration by the foreign and interior ministers who met on that occasion.", evidence: [cite(DOC, "letter, paragraph 1"), cite(REVIEW, "paragraph 2")] },
    {
      value: "CTED's Executive Director said before the meeting that it was the first the Committee held away from UN Headquarters since 2011, and some 70 States were expected at the level of ministers or senior officials.",
      evidence: [cite(SHOROUK, "paragraph 1")],
      confidence: 0.7,
      note: "From an Arabic-language news item written before the meeting.",
    },
  ],
  related: [
    {
      meeting: "2014-11-19-security-council-high-level-debate-international-cooperation",
      relation: "follow-up-to",
      evidence: [cite(SCR, "item on the special meeting in Madrid (“in keeping with the Council’s 19 November 2014 presidential statement”)")],
    },
  ],
  sources: [CTC, DOC, SHOROUK, SCR, REVIEW],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("raimonda-murmokaite"),
    meeting: MEETING,
    person: "raimonda-murmokaite",
    roles: ["raimonda-murmokaite-chair-ctc", "raimonda-murmokaite-permanent-representative-lithuania"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "photo caption and paragraph 1"), cite(DOC, "signature")],
  },
  {
    id: id("jose-manuel-garcia-margallo"),
    meeting: MEETING,
    session: "special-meeting",
    person: "jose-manuel-garcia-margallo",
    roles: ["jose-manuel-garcia-margallo-minister-foreign-affairs-spain"],
    organization: "spain",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 3")],
  },
  {
    id: id("jorge-fernandez-diaz"),
    meeting: MEETING,
    session: "special-meeting",
    person: "jorge-fernandez-diaz",
    roles: ["jorge-fernandez-diaz-interior-minister-spain"],
    organization: "spain",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 3")],
  },
  {
    id: id("rapporteurs"),
    meeting: MEETING,
    session: "special-meeting",
    description: "Rapporteurs of the three technical themes (not named in the excerpt)",
    capacity: "presenter",
    evidence: [cite(CTC, "paragraph 3")],
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-experts-technical-day"),
    meeting: MEETING,
    value: 400,
    unit: "experts and representatives",
    measure: "experts and representatives attending the technical sessions of 27 July",
    asStated: "over 400",
    approximate: true,
    evidence: [cite(CTC, "paragraph 2")],
    alternatives: [
      {
        value: 200,
        asStated: "أكثر من 200",
        evidence: [cite(SHOROUK, "paragraph 1")],
        note: "A news item written before the meeting expected more than 200 experts at the Tuesday meeting (a forecast, for the other day).",
      },
    ],
    preferred: "The CTC's report, written after the meeting, counts those who attended the technical day; the other figure is a forecast for the second day.",
  },
];

export const corrections: MeetingModule["corrections"] = [];
