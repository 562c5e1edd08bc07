// 25 January 2018: the CTC's first plenary of 2018, the first chaired by Gustavo Meza-Cuadra (Peru), who
// set out the Committee's priorities for the year.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2018-01-25-first-ctc-plenary-of-2018";
const CTC = "ctc-2018-01-new-chair-outlines-priorities";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "New Chair outlines priorities at first Counter-Terrorism Committee plenary of the year",
    evidence: [cite(CTC, "page address")],
    note: "The excerpt has no headline; the page's title is taken from its address.",
    confidence: 0.8,
  },
  dates: { value: { start: "2018-01-25", end: "2018-01-25" }, evidence: [cite(CTC, "paragraph 1")] },
  type: { value: "committee-meeting", evidence: [cite(CTC, "paragraph 1")], note: "The Committee's first plenary of the year." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "At his first meeting as Chair, the new Chair promised a pragmatic, action-oriented chairmanship and named as priorities better coordination and coherence of counter-terrorism efforts, tackling links between terrorism and transnational organized crime, and following up CTED's assessments. The Committee took up its draft programme of work, CTED's proposed country visits for 2018 and planned regional and thematic briefings and events.",
    evidence: [cite(CTC, "paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "terrorism-crime-nexus", "international-cooperation"],
  claims: [{ value: "From 2018 Côte d'Ivoire, Equatorial Guinea, Kuwait, the Netherlands and Poland joined the Committee alongside Peru.", evidence: [cite(CTC, "paragraph 5")] }],
  sources: [CTC],
  notes: ["The page spells the Chair's name in full, Gustavo Meza-Cuadra Velásquez."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("gustavo-meza-cuadra"),
    meeting: MEETING,
    person: "gustavo-meza-cuadra",
    roles: ["gustavo-meza-cuadra-chair-ctc", "gustavo-meza-cuadra-permanent-representative-peru"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-meza-cuadra"),
    meeting: MEETING,
    participation: id("gustavo-meza-cuadra"),
    kind: "opening-remarks",
    text: "He said his chairmanship would be pragmatic and action-oriented, seeking real impact on the ground in coordination with the relevant UN entities, and set as priorities coherence of counter-terrorism efforts inside and outside the UN, the links between terrorism and transnational organized crime, and follow-up to CTED's assessments.",
    evidence: [cite(CTC, "paragraphs 1-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
