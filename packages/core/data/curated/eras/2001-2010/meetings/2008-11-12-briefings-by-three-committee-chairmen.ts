// 12 November 2008: briefings to the Security Council by the chairs of the 1540, 1267 and counter-terrorism
// committees; the CTC Chairman, Neven Jurica, presents the Committee's survey of implementation of 1373.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2008-11-12-briefings-by-three-committee-chairmen";
const PV = "undemocracy-2008-11-12-meeting-6015";
const HR = "mvep-2008-11-12-jurica-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "agenda")], note: "The agenda item of the 6015th meeting." },
  dates: { value: { start: "2008-11-12", end: "2008-11-12" }, evidence: [cite(PV, "date")] },
  startTime: { value: "10:10", evidence: [cite(PV, "opening")], note: "Opened at 10.10 a.m.; the record's header gives 10:00." },
  type: { value: "security-council-briefing", evidence: [cite(PV, "the President's introduction"), cite(HR, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "the President's introduction")] }],
  summary: {
    value:
      "The President, as Chairman of the 1540 Committee, read a joint statement for the three committees and briefed on his own; the chairs of the 1267 Committee and the CTC followed, the latter presenting the Committee's survey of how Member States implement resolution 1373.",
    evidence: [cite(PV, "the President's introduction"), cite(HR, "paragraphs 1-5")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions"],
  documents: [
    {
      symbol: "Survey of the implementation of Security Council resolution 1373 (2001) by Member States",
      relation: "reference",
      date: "2008-05",
      evidence: [cite(HR, "paragraph 5")],
    },
  ],
  related: [
    { meeting: "2008-05-06-briefings-by-three-committee-chairmen", relation: "continues", evidence: [cite(HR, "paragraph 4")] },
    { meeting: "2008-11-06-briefing-to-member-states", relation: "follow-up-to", evidence: [cite(HR, "paragraph 3")] },
  ],
  claims: [
    {
      value: "Australia, Cuba, Israel, Japan, Switzerland and Venezuela asked to take part in the consideration of the item without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PV, HR],
  notes: [
    "The Chairman's statement on Croatia's site is undated; it reports since the briefing of 6 May 2008 and mentions the informal briefing of 6 November 2008, which places it at this meeting.",
    "The President, who chaired the 1540 Committee, is not named in the excerpt.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("president-1540-chair"),
    meeting: MEETING,
    organization: "1540-committee",
    description: "The President of the Council, speaking as Chairman of the 1540 Committee (not named in the excerpt)",
    capacity: "chair",
    evidence: [cite(PV, "the President's introduction")],
  },
  {
    id: id("jan-grauls"),
    meeting: MEETING,
    person: "jan-grauls",
    roles: ["jan-grauls-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(PV, "the President's introduction")],
  },
  {
    id: id("neven-jurica"),
    meeting: MEETING,
    person: "neven-jurica",
    roles: ["neven-jurica-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PV, "the President's introduction"), cite(HR, "heading")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("joint-statement"),
    meeting: MEETING,
    participation: id("president-1540-chair"),
    onBehalfOf: ["1540-committee", "1267-committee", "ctc"],
    kind: "joint-statement",
    text: "Spoke for all three committees in a joint statement, then briefed on the 1540 Committee (the content is not in the excerpt).",
    evidence: [cite(PV, "the President's introduction")],
  },
  {
    id: id("jurica"),
    meeting: MEETING,
    participation: id("neven-jurica"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Thanked CTED and the Secretariat; recalled the informal briefing of the wider membership on 6 November; reported that since 6 May the Committee had followed its work programmes and in May adopted a survey of Member States' implementation of resolution 1373, drawn from the preliminary implementation assessments, which assesses implementation by region and theme, draws conclusions and recommends priorities, and was discussed in the Council's informal consultations.",
    evidence: [cite(HR, "paragraphs 2-5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
