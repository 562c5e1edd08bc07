// 9 September 2015: the CTC's first open briefing on the role of women in countering terrorism and violent
// extremism, with women activists from Iraq, Nigeria and Kenya, in New York.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, NEW_YORK, prefixer } from "../helpers";

const MEETING = "2015-09-09-open-briefing-role-of-women-countering-terrorism";
const CTC = "ctc-2015-09-09-first-open-briefing-role-of-women";
const PW = "peacewomen-2015-09-cted-open-briefing-women";
const SCR = "scr-wib-2015-09-06-open-briefing-women";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The role of women in countering terrorism and violent extremism",
    evidence: [cite(CTC, "headline and paragraph 2"), cite(SCR, "headline and paragraph 1")],
    alternatives: [
      {
        value: "The role of women in counter-terrorism and countering violent extremism",
        evidence: [cite(PW, "paragraph 1")],
        note: "As PeaceWomen quotes the theme.",
      },
    ],
    preferred: "The Committee's own page and the preview give this wording; PeaceWomen's differs.",
  },
  alternateTitles: [
    { value: "In a first for the Counter-Terrorism Committee, the Security Council body holds open briefing on the role of women in countering terrorism and violent extremism", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page." },
    { value: "CTED Open Briefing “The Role of Women in Countering Terrorism and Violent Extremism”", evidence: [cite(PW, "headline")], note: "Headline of the PeaceWomen report." },
  ],
  dates: {
    value: { start: "2015-09-09", end: "2015-09-09" },
    evidence: [cite(CTC, "paragraph 2"), cite(PW, "paragraph 1"), cite(SCR, "paragraph 1")],
    note: "The preview calls 9 September a Tuesday; it was a Wednesday. All three sources give 9 September.",
  },
  type: { value: "open-briefing", evidence: [cite(CTC, "headline and paragraph 2"), cite(PW, "paragraph 1"), cite(SCR, "paragraph 1")] },
  organizers: [
    {
      organization: "ctc",
      role: "convener",
      evidence: [cite(CTC, "paragraph 2"), cite(SCR, "paragraph 1")],
    },
    { organization: "cted", role: "co-organizer", evidence: [cite(PW, "paragraph 1")] },
  ],
  venue: { value: { mode: "in-person", locations: [NEW_YORK] }, evidence: [cite(CTC, "paragraph 2")] },
  summary: {
    value:
      "Following the Council's calls (resolution 2129 (2013), resolution 2178 (2014) and a presidential statement of October 2014) to involve women in countering violent extremism, the Committee held its first open briefing on the subject. Women activists from Iraq, Nigeria and Kenya gave their testimony; Member States and organizations such as Amnesty International and Human Rights Watch attended; the moderator stressed that women are perpetrators, actors against extremism and victims, though rarely seen as more than victims.",
    evidence: [cite(CTC, "paragraphs 1-2"), cite(PW, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["gender", "terrorist-narratives", "foreign-terrorist-fighters", "human-rights"],
  documents: [
    { symbol: "resolution 2129 (2013)", relation: "framework", evidence: [cite(CTC, "paragraph 1"), cite(PW, "paragraph 1")] },
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(CTC, "paragraph 1")] },
    { symbol: "S/PRST/2014/21", relation: "framework", date: "2014-10-28", evidence: [cite(CTC, "paragraph 1")] },
    { symbol: "resolution 2122 (2013)", relation: "reference", evidence: [cite(SCR, "paragraph 3")] },
  ],
  claims: [
    { value: "It was the first open briefing the Committee ever held on the role of women in countering terrorism and violent extremism.", evidence: [cite(CTC, "headline and paragraph 2"), cite(PW, "paragraph 1")] },
  ],
  sources: [CTC, PW, SCR],
  notes: [
    "PeaceWomen attributes the briefing to CTED, whose concept note it quotes; the CTC's page says the Committee organized it. Both are recorded as organizers.",
    "The Chair, UN Women's Assistant Secretary-General and CTED's Executive Director are known as speakers only from the preview; the CTC page's list of other speakers is cut off in the copy read.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("hanaa-edwar"), meeting: MEETING, person: "hanaa-edwar", capacity: "speaker", evidence: [cite(CTC, "paragraph 2"), cite(SCR, "paragraph 2")], note: "Activist from Iraq; head of the Iraqi Al-Amal Society according to the preview." },
  { id: id("esther-ibanga"), meeting: MEETING, person: "esther-ibanga", capacity: "speaker", evidence: [cite(CTC, "paragraph 2"), cite(SCR, "paragraph 2")], note: "Pastor and interfaith peace activist from Nigeria." },
  { id: id("sureya-roble-hersi"), meeting: MEETING, person: "sureya-roble-hersi", capacity: "speaker", evidence: [cite(CTC, "paragraph 2"), cite(PW, "paragraph 3"), cite(SCR, "paragraph 2")], note: "From Kenya; head of the Maendeleo ya Wanawake Organisation according to the preview (the CTC's page writes “Sureya Roble”)." },
  { id: id("jayne-huckerby"), meeting: MEETING, person: "jayne-huckerby", capacity: "moderator", evidence: [cite(PW, "paragraph 2")], note: "Professor at Duke University." },
  {
    id: id("raimonda-murmokaite"),
    meeting: MEETING,
    person: "raimonda-murmokaite",
    roles: ["raimonda-murmokaite-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SCR, "paragraph 1")],
    confidence: 0.7,
    note: "Expected to preside, according to the preview.",
  },
  {
    id: id("yannick-glemarec"),
    meeting: MEETING,
    person: "yannick-glemarec",
    roles: ["yannick-glemarec-assistant-secretary-general-un-women"],
    organization: "un-women",
    capacity: "speaker",
    evidence: [cite(SCR, "paragraph 1")],
    confidence: 0.7,
    note: "Expected speaker, according to the preview (spelled Glemaric there).",
  },
  {
    id: id("jean-paul-laborde"),
    meeting: MEETING,
    person: "jean-paul-laborde",
    roles: ["jean-paul-laborde-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SCR, "paragraph 1")],
    confidence: 0.7,
    note: "Expected speaker, according to the preview.",
  },
  { id: id("audience"), meeting: MEETING, description: "Member States and international organizations, Amnesty International and Human Rights Watch among them", capacity: "participant", evidence: [cite(PW, "paragraph 2")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-activists"),
    meeting: MEETING,
    participation: id("hanaa-edwar"),
    kind: "remarks",
    text: "The three activists, from Iraq, Nigeria and Kenya, gave the Committee their testimony from regions affected by terrorism and violent extremism.",
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("statement-huckerby"),
    meeting: MEETING,
    participation: id("jayne-huckerby"),
    kind: "remarks",
    text: "The moderator said women play three parts in this field, as perpetrators, as actors against extremism and terrorism, and as victims, yet are rarely recognized as anything but victims.",
    evidence: [cite(PW, "paragraph 2")],
  },
  {
    id: id("statement-roble-hersi"),
    meeting: MEETING,
    participation: id("sureya-roble-hersi"),
    kind: "remarks",
    text: "She said women often know of growing extremism in their communities, including relatives leaving for Somalia to join Al-Shabaab, but fear to speak; her organization arranged for policewomen to advise them on what to share with the police, and she stressed reintegrating returnees.",
    evidence: [cite(PW, "paragraph 3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
