// 13 November 2009: briefings to the Security Council by the chairs of the counter-terrorism, 1540 and
// 1267 committees: Ranko Vilović (Croatia), Jorge Urbina (Costa Rica) and the Council's President.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2009-11-13-briefings-by-three-committee-chairmen";
const PV = "undemocracy-2009-11-13-meeting-6217";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "agenda")], note: "The agenda item of the 6217th meeting." },
  dates: { value: { start: "2009-11-13", end: "2009-11-13" }, evidence: [cite(PV, "date")] },
  startTime: { value: "10:15", evidence: [cite(PV, "opening")], note: "Called to order at 10.15 a.m.; the record's header gives 10:00." },
  type: { value: "security-council-briefing", evidence: [cite(PV, "the President's introduction")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "the President's introduction")] }],
  summary: {
    value: "The Council heard, in turn, the Chairmen of the Counter-Terrorism Committee, of the 1540 Committee and, in his other capacity, the President as Chairman of the 1267 Committee.",
    evidence: [cite(PV, "the President's introduction")],
    note: "Curators' summary; what they said is not in the excerpt.",
  },
  topics: ["implementation-of-resolutions"],
  related: [{ meeting: "2009-05-26-briefings-by-three-committee-chairmen", relation: "continues", evidence: [cite(PV, "agenda")] }],
  claims: [
    {
      value: "Australia, Brazil, Colombia, Cuba, India, the Islamic Republic of Iran, Liechtenstein, the Netherlands, New Zealand, Spain, Sweden, Switzerland, the Syrian Arab Republic and Venezuela asked to take part in the consideration of the item without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PV],
  notes: ["The copy drops the last letter of the CTC Chairman's name (“Vilovi”)."],
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
    evidence: [cite(PV, "the President's introduction")],
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

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
