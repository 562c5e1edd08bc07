// 30 September 2014: CTC open briefing at UN Headquarters on countering incitement, on Morocco's approach
// and the experiences of other African States.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, NEW_YORK, prefixer } from "../helpers";

const MEETING = "2014-09-30-open-briefing-countering-incitement-morocco";
const CTC = "ctc-2014-10-08-african-states-incitement";
const HOME = "ctc-2014-homepage";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Countering incitement to commit terrorist acts motivated by extremism and intolerance: the Kingdom of Morocco’s approach and experiences of other African States",
    evidence: [cite(CTC, "paragraph 1"), cite(HOME, "section “CTC Open Briefing 30 September 2014”")],
  },
  alternateTitles: [
    {
      value: "Open briefing on Countering Incitement to Commit Terrorist Acts Motivated by Extremism and Intolerance: the Kingdom of Morocco’s Approach and Experiences of other African States",
      evidence: [cite(HOME, "section “CTC Open Briefing 30 September 2014”")],
      note: "As the CTC's home page lists it, in title case.",
    },
    { value: "In Counter-Terrorism Committee briefing, African States share best practices in preventing incitement to terrorism", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's report." },
  ],
  dates: { value: { start: "2014-09-30", end: "2014-09-30" }, evidence: [cite(CTC, "paragraph 1"), cite(HOME, "section “CTC Open Briefing 30 September 2014”")] },
  type: { value: "open-briefing", evidence: [cite(CTC, "paragraph 1"), cite(HOME, "section “CTC Open Briefing 30 September 2014”")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [{ name: "United Nations", ...NEW_YORK }] }, evidence: [cite(CTC, "paragraph 1")] },
  summary: {
    value:
      "African States shared their practice in preventing incitement to terrorism. The theme came from the Committee's 2013 visit to Morocco, which had identified Morocco's national strategy for dialogue among civilizations as a good practice; the Chair stressed the part religious leaders and interreligious dialogue can play, in line with resolutions 1624 (2005) and 2178 (2014).",
    evidence: [cite(CTC, "paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "implementation-of-resolutions", "foreign-terrorist-fighters"],
  documents: [
    { symbol: "resolution 1624 (2005)", relation: "framework", evidence: [cite(CTC, "paragraph 4")] },
    { symbol: "resolution 2178 (2014)", relation: "reference", date: "2014-09-24", evidence: [cite(CTC, "paragraph 4")] },
  ],
  related: [{ external: { title: "Visit of the Counter-Terrorism Committee to the Kingdom of Morocco", date: "2013" }, relation: "follow-up-to", evidence: [cite(CTC, "paragraph 2")] }],
  sources: [CTC, HOME],
  notes: ["The home page listing the briefing says it was last updated on 31 July 2014, before the briefing: it announced it."],
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
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("jeffrey-feltman"),
    meeting: MEETING,
    person: "jeffrey-feltman",
    roles: ["jeffrey-feltman-usg-political-affairs"],
    organization: "un-department-of-political-affairs",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 5")],
    note: "Spoke for Secretary-General Ban Ki-moon.",
  },
  {
    id: id("african-states"),
    meeting: MEETING,
    description: "African States, Morocco among them, presenting their practice (not named individually in the excerpt)",
    capacity: "presenter",
    evidence: [cite(CTC, "headline and paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-murmokaite"),
    meeting: MEETING,
    participation: id("raimonda-murmokaite"),
    kind: "opening-remarks",
    text: "The Chair explained that the theme arose from the Committee's 2013 visit to Morocco and said religious leaders, in developing and developed States alike, can help build peaceful coexistence, while governments can build trust by encouraging dialogue within and between religions.",
    evidence: [cite(CTC, "paragraphs 2-3")],
  },
  {
    id: id("statement-feltman"),
    meeting: MEETING,
    participation: id("jeffrey-feltman"),
    kind: "remarks",
    text: "Speaking for the Secretary-General, he counted the unpredictable evolution of the terrorist threat among the most serious challenges faced.",
    evidence: [cite(CTC, "paragraph 5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
