// 6 March 2003: the Counter-Terrorism Committee's first special meeting with international, regional and
// subregional organizations, at UN Headquarters, opened by Secretary-General Kofi Annan.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2003-03-06-special-meeting-with-international-organizations";
const PR = "unis-2003-03-07-sc7679";
const NOTE = "unis-2003-03-04-note5777";
const NEWS = "unnews-2003-03-06-global-cooperation";
const CTC = "ctc-cooperation-with-organizations";
const SC7718 = "un-press-2003-04-04-sc7718";
const OAS = "oas-2003-10-06-speech-ctc-follow-up";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Special meeting of the Counter-Terrorism Committee with international, regional and subregional organizations",
    evidence: [cite(PR, "paragraph 1"), cite(NOTE, "paragraph 1"), cite(CTC, "paragraphs 2-3")],
    note: "No source gives the meeting a formal title; the title follows how the press release and the note describe it (the Committee's special meeting with more than 50 international, regional and subregional organizations).",
  },
  alternateTitles: [
    {
      value: "Special Meeting of Security Council's Counter-Terrorism Committee Hears Call for Systematic International, Regional Cooperation",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release.",
    },
    { value: "Security Council steps up global cooperation against terrorism", evidence: [cite(NEWS, "headline")], note: "UN News headline." },
  ],
  dates: { value: { start: "2003-03-06", end: "2003-03-06" }, evidence: [cite(PR, "dateline"), cite(NOTE, "paragraph 1"), cite(CTC, "paragraph 3")] },
  type: { value: "special-meeting", evidence: [cite(NOTE, "paragraph 1"), cite(PR, "paragraph 1"), cite(CTC, "paragraph 3")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(NOTE, "paragraph 1"), cite(CTC, "paragraph 3")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(NOTE, "paragraph 1"), cite(NEWS, "paragraph 2")] },
  objectives: [
    {
      value: "To let the Committee review achievements and good practice, look at what hinders coordination, discuss codes and standards, and agree ways to coordinate action, assistance included.",
      evidence: [cite(NOTE, "paragraph 4")],
      note: "Paraphrased from the Chairman's account in the note to correspondents.",
    },
    {
      value: "To foster a coordinated approach to counter-terrorism across the international community.",
      evidence: [cite(NOTE, "paragraph 4")],
      note: "Paraphrased.",
    },
  ],
  summary: {
    value:
      "A day-long meeting of the Committee with international, regional and subregional bodies, opened by the Secretary-General, on how they could divide the work of helping States implement resolution 1373 (2001); the closing communiqué had each organization share codes, standards and good practice, with regional bodies building mechanisms to help their members and the Committee keeping a list of contacts.",
    evidence: [cite(PR, "paragraphs 1-5"), cite(NEWS, "paragraphs 1-5"), cite(CTC, "paragraphs 3-4")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  sessions: [
    {
      id: "session-1",
      kind: "thematic",
      number: 1,
      title: { value: "Global standards on counter-terrorism", evidence: [cite(NOTE, "paragraph 3")], note: "As the note words the first of three sessions." },
    },
    {
      id: "session-2",
      kind: "thematic",
      number: 2,
      title: {
        value: "The role of regional and subregional organizations in strengthening global counter-terrorism capacity",
        evidence: [cite(NOTE, "paragraph 3")],
        note: "As the note words the second session.",
      },
    },
    {
      id: "session-3",
      kind: "thematic",
      number: 3,
      title: { value: "The role of international and regional organizations on assistance", evidence: [cite(NOTE, "paragraph 3")], note: "As the note words the third session." },
    },
  ],
  series: {
    value: { name: "special meetings of the Counter-Terrorism Committee with international, regional and subregional organizations", number: 1 },
    evidence: [cite(CTC, "paragraph 3")],
  },
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(NOTE, "paragraph 3"), cite(CTC, "paragraph 1")] }],
  mentions: [
    { organization: "asean", evidence: [cite(NOTE, "paragraph 2"), cite(NEWS, "paragraph 3")], note: "Among the invited organizations." },
    { organization: "league-of-arab-states", evidence: [cite(NOTE, "paragraph 2"), cite(NEWS, "paragraph 3")], note: "Among the invited organizations." },
    { organization: "organization-of-the-islamic-conference", evidence: [cite(NOTE, "paragraph 2"), cite(NEWS, "paragraph 3")], note: "Among the invited organizations." },
    { organization: "nato", evidence: [cite(NOTE, "paragraph 2"), cite(NEWS, "paragraph 3")], note: "Among the invited organizations." },
    { organization: "interpol", evidence: [cite(NOTE, "paragraph 2"), cite(NEWS, "paragraph 3")], note: "Among the invited organizations." },
    { organization: "european-union", evidence: [cite(NEWS, "paragraph 3")], note: "Among the invited organizations." },
    { organization: "oas", evidence: [cite(NEWS, "paragraph 3")], note: "Among the invited organizations." },
  ],
  claims: [
    {
      value: "A communiqué adopted at the close recorded that every invited organization had a part to play, that organizations would exchange good practices, codes and standards relevant to resolution 1373, and that the Committee would maintain a contact list covering every organization and share it.",
      evidence: [cite(NEWS, "paragraphs 2-5"), cite(CTC, "paragraphs 3-4")],
    },
  ],
  sources: [PR, NOTE, NEWS, CTC, SC7718, OAS],
  notes: [
    "The organizations are named as invited in the sources; which of them attended is not stated, so they are recorded as mentions.",
    "The CICTE Chair's participation is stated only in the note written before the meeting.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("kofi-annan"),
    meeting: MEETING,
    person: "kofi-annan",
    roles: ["kofi-annan-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "keynote",
    evidence: [cite(NOTE, "paragraph 1"), cite(PR, "paragraphs 1-3")],
    note: "Opened the meeting.",
  },
  {
    id: id("jeremy-greenstock"),
    meeting: MEETING,
    person: "jeremy-greenstock",
    roles: ["jeremy-greenstock-chair-ctc", "jeremy-greenstock-ambassador-united-kingdom"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(NOTE, "paragraph 2"), cite(PR, "paragraph 4")],
  },
  {
    id: id("maria-eugenia-brizuela-de-avila"),
    meeting: MEETING,
    person: "maria-eugenia-brizuela-de-avila",
    roles: ["maria-eugenia-brizuela-de-avila-chair-cicte"],
    organization: "cicte",
    capacity: "speaker",
    evidence: [cite(NOTE, "paragraph 5")],
    confidence: 0.8,
    note: "Announced as a speaker in the note to correspondents of 3 March; the accounts after the meeting read do not name her.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("annan"),
    meeting: MEETING,
    participation: id("kofi-annan"),
    kind: "opening-remarks",
    text: "Said an effective fight against terrorism needs everyone working together so that universal principles prevail; cooperation among the organizations must be made systematic, with labour divided by comparative advantage, under an international programme of action anchored in the rule of law.",
    evidence: [cite(PR, "paragraphs 1-3")],
  },
  {
    id: id("greenstock"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    onBehalfOf: ["ctc"],
    kind: "remarks",
    text: "Called it a historic day, the first time so wide a range of experts and representatives had met to give counter-terrorism a more structured framework; the aim was a common structure that helps States raise their capacity, with regional and subregional bodies channelling assistance, and he hoped for specific agreed actions.",
    evidence: [cite(PR, "paragraphs 4-5"), cite(NOTE, "paragraphs 2 and 4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-organizations"),
    meeting: MEETING,
    value: 57,
    unit: "organizations",
    measure: "international, regional and subregional organizations taking part",
    asStated: "57",
    approximate: false,
    evidence: [cite(CTC, "paragraph 3")],
    alternatives: [
      { value: 50, asStated: "over 50", evidence: [cite(PR, "paragraph 1"), cite(NOTE, "paragraph 1")], note: "The press release (and, as expected attendance, the note written before the meeting)." },
      { value: 60, asStated: "some 60", evidence: [cite(NEWS, "paragraph 1"), cite(SC7718, "paragraph 3")], note: "UN News on the day and the Chairman's later briefing to the Council." },
      { value: 65, asStated: "65", evidence: [cite(OAS, "paragraph 1")], note: "The OAS speech at the follow-up meeting of October 2003 recalls representatives of 65 international organizations." },
    ],
    preferred: "The Committee's own page gives an exact count of participating organizations, written after the fact; the others are round or approximate numbers.",
  },
];

export const corrections: MeetingModule["corrections"] = [];
