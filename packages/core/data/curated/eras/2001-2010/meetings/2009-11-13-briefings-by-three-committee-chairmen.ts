// 13 November 2009: briefings to the Security Council by the chairs of the counter-terrorism, 1540 and
// 1267 committees: Ranko Vilović (Croatia), Jorge Urbina (Costa Rica) and the Council's President.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2009-11-13-briefings-by-three-committee-chairmen";
const PV = "undemocracy-2009-11-13-meeting-6217";
const HR = "mvep-2009-11-13-vilovic-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "agenda")], note: "The agenda item of the 6217th meeting." },
  dates: { value: { start: "2009-11-13", end: "2009-11-13" }, evidence: [cite(PV, "date")] },
  startTime: { value: "10:15", evidence: [cite(PV, "opening")], note: "Opened at 10.15 a.m.; the record's header gives 10:00." },
  type: { value: "security-council-briefing", evidence: [cite(PV, "the President's introduction")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "the President's introduction")] }],
  summary: {
    value:
      "The Council heard, in turn, the Chairmen of the Counter-Terrorism Committee, of the 1540 Committee and, in his other capacity, the President as Chairman of the 1267 Committee; the CTC's Chairman reported the Committee's interim review of CTED and the completion of preliminary implementation assessments for all Member States but one.",
    evidence: [cite(PV, "the President's introduction"), cite(HR, "paragraph 1")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions"],
  documents: [{ symbol: "resolution 1805 (2008)", relation: "reference", evidence: [cite(HR, "paragraph 1")] }],
  related: [{ meeting: "2009-05-26-briefings-by-three-committee-chairmen", relation: "continues", evidence: [cite(HR, "paragraph 1")] }],
  claims: [
    {
      value: "Australia, Brazil, Colombia, Cuba, India, the Islamic Republic of Iran, Liechtenstein, the Netherlands, New Zealand, Spain, Sweden, Switzerland, the Syrian Arab Republic and Venezuela asked to take part in the consideration of the item without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PV, HR],
  notes: [
    "The verbatim record's copy drops the last letter of the CTC Chairman's name (“Vilovi”).",
    "The Chairman's statement on Croatia's site is undated; it reports since the briefing of 26 May 2009, which places it at this meeting.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ranko-vilovic"),
    meeting: MEETING,
    person: "ranko-vilovic",
    roles: ["ranko-vilovic-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PV, "the President's introduction"), cite(HR, "introduction and paragraph 1")],
  },
  {
    id: id("jorge-urbina"),
    meeting: MEETING,
    person: "jorge-urbina",
    roles: ["jorge-urbina-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(PV, "the President's introduction")],
  },
  {
    id: id("president-1267-chair"),
    meeting: MEETING,
    organization: "1267-committee",
    description: "The President of the Council, speaking as Chairman of the 1267 Committee (not named in the excerpt)",
    capacity: "chair",
    evidence: [cite(PV, "the President's introduction")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("vilovic"),
    meeting: MEETING,
    participation: id("ranko-vilovic"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Reported that since May the Committee had followed its programme of work; in June it had sent the Council an interim review of CTED, assessing its support with emphasis on the areas set by resolution 1805 (2008) and recommending its future work; and it had analysed and adopted the preliminary implementation assessments of every Member State but one, part of a multi-year stocktaking carried out in three subcommittees, whose chairs were France, the Russian Federation and Viet Nam, and in the Committee, for which he asked States' continued cooperation.",
    evidence: [cite(HR, "paragraph 1")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
