// 26 May 2009: briefings to the Security Council by the chairs of its counter-terrorism committees; Jean-
// Maurice Ripert (France) briefs as Acting Chairman of the CTC on stocktaking of 1373 implementation.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2009-05-26-briefings-by-three-committee-chairmen";
const PV = "undemocracy-2009-05-26-meeting-6128";
const ST = "hrv-2009-05-26-ripert-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "agenda")], note: "The agenda item of the 6128th meeting." },
  dates: { value: { start: "2009-05-26", end: "2009-05-26" }, evidence: [cite(PV, "date"), cite(ST, "heading")] },
  startTime: { value: "10:20", evidence: [cite(PV, "Started")] },
  type: { value: "security-council-briefing", evidence: [cite(ST, "heading and paragraph 1"), cite(PV, "agenda")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "President and agenda")] }],
  summary: {
    value:
      "Briefing as Acting Chairman, Ripert reported on the Committee's work since November 2008: nearly all preliminary implementation assessments adopted, and a new stocktaking of each State's implementation of resolution 1373, in which the Committee acts on CTED's recommendations for every Member State.",
    evidence: [cite(ST, "paragraphs 1-3")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions"],
  related: [{ meeting: "2008-11-12-briefings-by-three-committee-chairmen", relation: "continues", evidence: [cite(ST, "paragraph 1")] }],
  claims: [
    {
      value: "Argentina, Australia, Brazil, Cuba, the Czech Republic, Israel, Morocco, New Zealand, Norway, Pakistan, Qatar, Switzerland, the Syrian Arab Republic and Venezuela asked to take part in the consideration of the item without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PV, ST],
  notes: [
    "The chairs of the 1267 and 1540 Committees and the President (Mr. Churkin, Russian Federation) are not recorded as participants: the excerpts do not name the chairs or describe the President's part.",
    "The list of members in the copy drops letters of two names (“Vilovi” for Vilović of Croatia, “lkin” for İlkin of Turkey).",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("jean-maurice-ripert"),
    meeting: MEETING,
    person: "jean-maurice-ripert",
    roles: ["jean-maurice-ripert-acting-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(ST, "heading and paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("ripert"),
    meeting: MEETING,
    participation: id("jean-maurice-ripert"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Reported that since November 2008 the Committee had worked to its published programmes and approved 21 more preliminary implementation assessments, 191 in all, with the last two to follow; as States' time to comment on their assessments ran out, it had begun a stocktaking of each State's implementation of resolution 1373, in subcommittees and then in the Committee, acting on CTED's recommendations for each State to deepen dialogue and find where implementation falls short.",
    evidence: [cite(ST, "paragraphs 1-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

const fig = (suffix: string, value: number, unit: string, measure: string, asStated: string) => ({
  id: id(`figure-${suffix}`),
  meeting: MEETING,
  participation: id("jean-maurice-ripert"),
  value,
  unit,
  measure,
  asStated,
  approximate: false,
  asOf: "2009-05-26",
  evidence: [cite(ST, "paragraph 2")],
});

export const figures: MeetingModule["figures"] = [
  fig("pias-since-november", 21, "assessments", "preliminary implementation assessments approved since November 2008", "21"),
  fig("pias-adopted", 191, "assessments", "preliminary implementation assessments adopted in all", "191"),
  fig("pias-remaining", 2, "assessments", "preliminary implementation assessments still to be approved", "2"),
];

export const corrections: MeetingModule["corrections"] = [];
