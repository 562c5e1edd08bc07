// 18 January 2005: CTC Chairman Andrey Denisov (Russian Federation) briefs the Security Council; a
// presidential statement urges the 75 States late with their reports to submit them.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2005-01-18-briefing-by-ctc-chairman";
const PR = "unis-2005-01-19-sc8295";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council, in Presidential Statement, Calls Urgently on States to Submit Timely Reports on Actions to Counter Terrorism",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline stands as the title.",
  },
  alternateTitles: [
    {
      value: "Council Also Notes Importance of Enhancing States’ Capacities to Fight Terrorism, Encouraging Accession to Relevant International Treaties",
      evidence: [cite(PR, "subheading")],
      note: "Subheading of the press release.",
    },
  ],
  dates: { value: { start: "2005-01-18", end: "2005-01-18" }, evidence: [cite(PR, "dateline")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraphs 1 and 4")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "Told that 75 Member States were behind with their reports, the Council issued a presidential statement urging them to report, stressing capacity-building and accession to the counter-terrorism conventions, asking that the Executive Directorate become fully operational soon, and inviting the Committee to cooperate more with the 1267 and 1540 Committees and to contact the 1566 working group.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraph 4")] }],
  mentions: [
    { organization: "cted", evidence: [cite(PR, "paragraph 3")], note: "To become fully operational in the shortest possible time." },
    { organization: "1267-committee", evidence: [cite(PR, "paragraph 3")], note: "Cooperation to be enhanced." },
    { organization: "1540-committee", evidence: [cite(PR, "paragraph 3")], note: "Cooperation to be enhanced." },
    { organization: "1566-working-group", evidence: [cite(PR, "paragraph 3")], note: "Contacts to be initiated." },
  ],
  sources: [PR],
  notes: ["The release misspells the Chairman's given name as “Audrey”."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("andrey-denisov"),
    meeting: MEETING,
    person: "andrey-denisov",
    roles: ["andrey-denisov-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 4")],
  },
  {
    id: id("cesar-mayoral"),
    meeting: MEETING,
    person: "cesar-mayoral",
    roles: ["cesar-mayoral-president-security-council"],
    organization: "un-security-council",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("denisov"),
    meeting: MEETING,
    participation: id("andrey-denisov"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Said the Committee's priorities for the next three months were its first visits to Member States and its fourth special meeting with international and regional bodies (the copy read breaks off at that point).",
    evidence: [cite(PR, "paragraph 4")],
  },
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("cesar-mayoral"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "Read the presidential statement urging the States still without a report to submit one, stressing stronger State capacities and wider accession to the conventions, endorsing the Committee's fourteenth work programme, and asking for the Executive Directorate to be made fully operational and for closer cooperation with the other counter-terrorism bodies of the Council.",
    evidence: [cite(PR, "paragraphs 1-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-states-late"),
    meeting: MEETING,
    value: 75,
    unit: "Member States",
    measure: "Member States late in reporting on their national efforts against terrorism",
    asStated: "75",
    approximate: false,
    asOf: "2005-01-18",
    evidence: [cite(PR, "paragraph 1")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
