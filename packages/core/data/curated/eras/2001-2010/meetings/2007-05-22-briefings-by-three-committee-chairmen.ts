// 22 May 2007: joint briefing of the Security Council by the Chairmen of the 1267 Committee (Johan Verbeke),
// the Counter-Terrorism Committee (Ricardo Alberto Arias) and the 1540 Committee (Peter Burian).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2007-05-22-briefings-by-three-committee-chairmen";
const PR = "un-press-2007-05-22-sc9021";
const PV = "undemocracy-2007-05-22-meeting-5679";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "agenda")], note: "The agenda item of the 5679th meeting." },
  alternateTitles: [
    {
      value: "Chairs of Committees Dealing with Sanctions on Al-Qaida/Taliban, Counter-Terrorism, Weapons Proliferation Brief Security Council",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release (in capitals there).",
    },
  ],
  dates: { value: { start: "2007-05-22", end: "2007-05-22" }, evidence: [cite(PR, "date line"), cite(PV, "date")] },
  startTime: { value: "10:10", evidence: [cite(PV, "opening")], note: "Opened at 10.10 a.m.; the record's header gives 10:00." },
  type: {
    value: "security-council-briefing",
    evidence: [cite(PR, "headline and paragraph 1"), cite(PV, "the President's introduction")],
    note: "The release's headline says the three Chairs briefed the Council; the Council's record says the meeting would hear briefings by the Chairmen.",
    alternatives: [{ value: "joint-briefing", evidence: [cite(PR, "paragraph 2")], note: "The release's second paragraph speaks of a joint briefing with the Chairs of the two other bodies." }],
    preferred:
      "The headline and the Council's record both describe the Chairs' briefing of the Council, the type of every other briefing by the three Chairmen in the dataset; the 'joint briefing' of the release's second paragraph describes the same meeting from the Chairs' side.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "the President's introduction")] }],
  summary: {
    value:
      "The three Chairmen briefed the Council in turn; the 1267 Committee's Chairman spoke of improving the Consolidated List, the new focal point for delisting requests and the Monitoring Team's visits to States.",
    evidence: [cite(PR, "paragraphs 1-4"), cite(PV, "the President's introduction")],
    note: "Curators' summary; the excerpts do not reach the CTC Chairman's briefing.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 1730 (2006)", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
    { symbol: "resolution 1735 (2006)", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
  ],
  mentions: [{ organization: "1267-monitoring-team", evidence: [cite(PR, "paragraphs 3-4")], note: "Its mandate was renewed and it visits States." }],
  claims: [
    {
      value: "Afghanistan, Argentina, Australia, Cuba, Germany, Israel, Japan, Liechtenstein, the Republic of Korea, Rwanda, Switzerland, Venezuela and Viet Nam asked to take part in the consideration of the item without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PR, PV],
  notes: ["What the CTC and 1540 Chairmen said is not in the excerpts read; the President is not named in them."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("johan-verbeke"),
    meeting: MEETING,
    person: "johan-verbeke",
    roles: ["johan-verbeke-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(PV, "the President's introduction"), cite(PR, "paragraph 1")],
  },
  {
    id: id("ricardo-alberto-arias"),
    meeting: MEETING,
    person: "ricardo-alberto-arias",
    roles: ["ricardo-alberto-arias-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PV, "the President's introduction")],
  },
  {
    id: id("peter-burian"),
    meeting: MEETING,
    person: "peter-burian",
    roles: ["peter-burian-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(PV, "the President's introduction")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("verbeke"),
    meeting: MEETING,
    participation: id("johan-verbeke"),
    onBehalfOf: ["1267-committee"],
    kind: "briefing",
    text: "Said that improving the Consolidated List, complete and accurate, was central to the 1267 Committee's work, especially its Taliban section, and asked States to submit names; noted that the delisting focal point created under resolution 1730 (2006) had worked since 29 March 2007, that resolution 1735 (2006) had renewed the sanctions and the Monitoring Team's mandate, and that visits to States mattered.",
    evidence: [cite(PR, "paragraphs 1-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
