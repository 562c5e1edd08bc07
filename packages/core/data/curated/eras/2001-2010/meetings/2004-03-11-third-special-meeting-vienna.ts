// 11-12 March 2004: the CTC's third special meeting with international, regional and subregional
// organizations, co-hosted in Vienna by UNODC and the OSCE; it opened with a minute of silence for the
// victims of the Madrid bombings of that morning and adopted the Vienna Declaration.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2004-03-11-third-special-meeting-vienna";
const UNIS = "unis-2004-03-11-ctc1";
const PR = "un-press-2004-03-12-soccp288";
const OSCE = "shhada-2004-03-12-un-osce-expand";
const CTC = "ctc-cooperation-with-organizations";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Third global meeting of international, regional and sub-regional organizations to strengthen counter-terrorism action",
    evidence: [cite(UNIS, "paragraph 2")],
    note: "No source gives a formal title; this is how the UN Information Service release describes the meeting (the CTC's page calls it the third special meeting).",
  },
  alternateTitles: [
    { value: "United Nations-OSCE Counter-Terrorism Conference Begins with a Minute of Silence for Madrid Victims", evidence: [cite(UNIS, "headline")], note: "Headline of the release of the first day." },
    { value: "UN, OSCE Agree to Expand Joint Counter-Terrorism Activities", evidence: [cite(PR, "headline"), cite(OSCE, "headline")], note: "Headline of the closing release (UN and OSCE)." },
  ],
  dates: {
    value: { start: "2004-03-11", end: "2004-03-12" },
    evidence: [cite(UNIS, "dateline and paragraph 1"), cite(PR, "dateline and paragraph 1"), cite(OSCE, "paragraph 1"), cite(CTC, "paragraph 5")],
  },
  type: {
    value: "special-meeting",
    evidence: [cite(CTC, "paragraph 5")],
    note: "The CTC's page calls it the third special meeting; the releases call it a conference or a meeting.",
  },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraphs 2 and 5")] },
    { organization: "unodc", role: "host", evidence: [cite(CTC, "paragraph 5"), cite(PR, "paragraph 1")] },
    { organization: "osce", role: "host", evidence: [cite(CTC, "paragraph 5"), cite(PR, "paragraph 1"), cite(OSCE, "paragraph 2")] },
  ],
  venue: { value: { mode: "in-person", locations: [{ city: "Vienna", country: "Austria" }] }, evidence: [cite(UNIS, "dateline and paragraph 1"), cite(PR, "dateline and paragraph 1")] },
  summary: {
    value:
      "Two days of talks among international, regional and subregional organizations on coordinating their counter-terrorism work, opened with a minute of silence for the victims of the Madrid train bombings; the meeting adopted the Vienna Declaration, which affirms the Counter-Terrorism Committee's central role and lists seven areas of further cooperation in assisting States.",
    evidence: [cite(UNIS, "paragraphs 1-6"), cite(PR, "paragraphs 1-4"), cite(OSCE, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions", "terrorism-crime-nexus"],
  series: {
    value: { name: "special meetings of the Counter-Terrorism Committee with international, regional and subregional organizations", number: 3 },
    evidence: [cite(CTC, "paragraph 5"), cite(UNIS, "paragraph 2")],
  },
  documents: [
    { symbol: "Vienna Declaration", relation: "outcome", date: "2004-03-12", evidence: [cite(PR, "paragraphs 1-2 and 4"), cite(OSCE, "paragraphs 2-4")] },
    { symbol: "resolution 1373 (2001)", relation: "framework", evidence: [cite(PR, "paragraph 2"), cite(OSCE, "paragraph 3")] },
  ],
  related: [{ meeting: "2003-10-06-second-special-meeting-washington", relation: "continues", evidence: [cite(CTC, "paragraph 5")] }],
  claims: [
    { value: "The conference opened with a minute of silence for the victims of the bomb attacks in Madrid earlier that day.", evidence: [cite(UNIS, "headline and paragraph 1")] },
  ],
  sources: [UNIS, PR, OSCE, CTC],
  notes: ["The Chairman's remarks of 12 March quoted in the closing releases were made at a press briefing (at the Vienna International Centre), not in the meeting."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("inocencio-arias"),
    meeting: MEETING,
    person: "inocencio-arias",
    roles: ["inocencio-arias-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(UNIS, "paragraph 5"), cite(PR, "paragraph 3")],
    note: "Opened the session.",
  },
  {
    id: id("jan-kubis"),
    meeting: MEETING,
    person: "jan-kubis",
    roles: ["jan-kubis-secretary-general-osce"],
    organization: "osce",
    capacity: "speaker",
    evidence: [cite(UNIS, "paragraph 2"), cite(OSCE, "paragraph 7")],
  },
  {
    id: id("antonio-maria-costa"),
    meeting: MEETING,
    person: "antonio-maria-costa",
    roles: ["antonio-maria-costa-executive-director-unodc"],
    organization: "unodc",
    capacity: "speaker",
    evidence: [cite(UNIS, "paragraphs 3-4")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("arias-opening"),
    meeting: MEETING,
    participation: id("inocencio-arias"),
    onBehalfOf: ["ctc"],
    kind: "opening-remarks",
    text: "Opening the session, asked international organizations to coordinate and collaborate better against terrorism, holding up the joint work of the OSCE and UNODC as a model.",
    evidence: [cite(UNIS, "paragraph 5")],
  },
  {
    id: id("arias-press"),
    meeting: MEETING,
    participation: id("inocencio-arias"),
    kind: "remarks",
    text: "At the closing press briefing, called for cooperation that is practical and effective rather than on paper and for full implementation of the existing conventions; asked about Madrid, said even good cooperation cannot stop every attack, though it can reduce terrorist activity considerably.",
    evidence: [cite(PR, "paragraph 3"), cite(OSCE, "paragraphs 5-6")],
  },
  {
    id: id("kubis"),
    meeting: MEETING,
    participation: id("jan-kubis"),
    kind: "remarks",
    text: "Speaking for all participants, expressed horror at the lives lost in Madrid, which showed the global terrorist threat was all too real, and called for a flexible approach able to meet new threats.",
    evidence: [cite(UNIS, "paragraph 2"), cite(OSCE, "paragraphs 7-8")],
  },
  {
    id: id("costa"),
    meeting: MEETING,
    participation: id("antonio-maria-costa"),
    kind: "remarks",
    text: "Pointed to strong evidence linking terrorism with organized crime (trafficking in drugs, firearms and people, and money-laundering), since both use the same black markets, and urged going after terrorists' profit-making activities and monitoring these links.",
    evidence: [cite(UNIS, "paragraphs 3-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-areas-of-cooperation"),
    meeting: MEETING,
    value: 7,
    unit: "areas",
    measure: "areas of further counter-terrorism cooperation identified by the Vienna Declaration",
    asStated: "seven",
    approximate: false,
    evidence: [cite(PR, "paragraph 4")],
  },
  {
    id: id("figure-conventions"),
    meeting: MEETING,
    value: 12,
    unit: "conventions",
    measure: "universal anti-terrorism conventions that States need help to implement",
    asStated: "12",
    approximate: false,
    evidence: [cite(PR, "paragraph 2"), cite(OSCE, "paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
