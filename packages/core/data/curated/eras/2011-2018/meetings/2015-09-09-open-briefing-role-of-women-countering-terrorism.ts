// September 2015 (8 or 9 September): CTC open briefing for Member States on the role of women in
// countering terrorism and violent extremism, known only from a preview. Draft: not confirmed after the event.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { prefixer } from "../helpers";

const MEETING = "2015-09-09-open-briefing-role-of-women-countering-terrorism";
const SCR = "scr-wib-2015-09-06-open-briefing-women";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "The role of women in countering terrorism and violent extremism", evidence: [cite(SCR, "headline and paragraph 1")] },
  alternateTitles: [
    { value: "Counter-terrorism Committee: Open Briefing on the Role of Women in Countering Terrorism and Violent Extremism", evidence: [cite(SCR, "headline")], note: "Headline of Security Council Report's preview." },
  ],
  dates: {
    value: { start: "2015-09-09", end: "2015-09-09" },
    evidence: [cite(SCR, "paragraph 1")],
    confidence: 0.5,
    note: "The preview says “Tuesday afternoon (9 September)”, but 9 September 2015 was a Wednesday; Tuesday was 8 September.",
    alternatives: [{ value: { start: "2015-09-08", end: "2015-09-08" }, evidence: [cite(SCR, "paragraph 1")], note: "The weekday the preview gives (Tuesday) falls on 8 September 2015." }],
    preferred: "The preview's explicit date is kept; the weekday disagrees with it and no later source was found to settle which is right.",
  },
  type: { value: "open-briefing", evidence: [cite(SCR, "headline and paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SCR, "paragraph 1")] }],
  summary: {
    value:
      "Announced as an open briefing for Member States on integrating gender into the UN's counter-terrorism and counter-violent-extremism policy and programming, with civil-society speakers on women-led initiatives in areas hit by Boko Haram, Al-Shabaab and ISIS.",
    evidence: [cite(SCR, "paragraphs 1-2")],
    note: "Curators' summary of a preview, in our own words.",
  },
  topics: ["gender", "terrorist-narratives"],
  documents: [
    { symbol: "resolution 2122 (2013)", relation: "reference", evidence: [cite(SCR, "paragraph 3")] },
    { symbol: "resolution 2129 (2013)", relation: "reference", evidence: [cite(SCR, "paragraph 3")] },
    { symbol: "resolution 2178 (2014)", relation: "reference", evidence: [cite(SCR, "paragraph 3")] },
  ],
  sources: [SCR],
  notes: ["Known only from a preview written three days before; no report of the briefing was found, so the record stays a draft."],
  review: { state: "draft", note: "Needs a report written after the briefing to confirm the date, the speakers and what was said." },
};

export const participations: MeetingModule["participations"] = [
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
    note: "Expected speaker, according to the preview.",
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
  {
    id: id("civil-society-speakers"),
    meeting: MEETING,
    description: "Civil-society speakers: Esther Ibanga (Nigeria), Sureya Roble-Hersi (Maendeleo ya Wanawake Organisation) and Hanaa Edwar (Iraqi Al-Amal Society)",
    capacity: "speaker",
    evidence: [cite(SCR, "paragraph 2")],
    confidence: 0.7,
    note: "Expected speakers, according to the preview.",
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
