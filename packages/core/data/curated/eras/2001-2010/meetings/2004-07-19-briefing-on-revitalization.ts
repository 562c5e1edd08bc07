// 19 July 2004: the CTC's Chair briefs the Security Council on the Committee's revitalization under
// resolution 1535 (2004); a presidential statement asks the Committee to speed up its assessments.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2004-07-19-briefing-on-revitalization";
const PR = "unis-2004-07-20-sc8152";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Presidential Statement Invites Counter-Terrorism Committee to Accelerate Work on Assessing Assistance Needs of Member States",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline stands as the title.",
  },
  alternateTitles: [{ value: "Chair of Committee Briefs Council, with Focus on Revitalization Measures", evidence: [cite(PR, "subheading")], note: "Subheading of the press release." }],
  dates: { value: { start: "2004-07-19", end: "2004-07-19" }, evidence: [cite(PR, "dateline")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "subheading")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "After the Committee's Chair briefed on the measures to revitalize the Committee, the Council adopted a presidential statement asking it to speed up country assessments of assistance needs for donors, welcoming its preparations to visit a Member State for the first time, urging the States that had missed their reporting deadline to report, and pointing it to its twelfth work programme and the organizational plan of the new Executive Directorate.",
    evidence: [cite(PR, "subheading and paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 1535 (2004)", relation: "framework", evidence: [cite(PR, "paragraph 3")] },
    { symbol: "S/2004/541", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraphs 2-3")] },
  ],
  mentions: [{ organization: "cted", evidence: [cite(PR, "paragraph 3")], note: "Its organizational plan was before the Committee." }],
  sources: [PR],
  notes: [
    "The excerpt names the briefer only as the Chair of the Committee; Inocencio Arias (Spain) is seen as Chair from July 2003 to March 2004 in other sources, but this record does not name him.",
    "The source writes the work programme's symbol S/2004541 (slash lost); it is S/2004/541.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ctc-chair"),
    meeting: MEETING,
    organization: "ctc",
    description: "The Chair of the Counter-Terrorism Committee (not named in the excerpt)",
    capacity: "speaker",
    evidence: [cite(PR, "subheading")],
  },
  {
    id: id("mihnea-motoc"),
    meeting: MEETING,
    person: "mihnea-motoc",
    roles: ["mihnea-motoc-president-security-council"],
    organization: "un-security-council",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("mihnea-motoc"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "Read the presidential statement: the Committee should accelerate its assessments of States' assistance needs and share them with donors; its preparations for a first visit to a Member State were welcome; States that had missed the reporting deadline should report urgently; and it should pursue its twelfth 90-day programme with practical steps under resolution 1535, including the Executive Directorate's organizational plan.",
    evidence: [cite(PR, "paragraphs 1-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-states-late"),
    meeting: MEETING,
    participation: id("mihnea-motoc"),
    value: 71,
    unit: "States",
    measure: "States that had not met the deadline for submitting their reports to the Committee",
    asStated: "71",
    approximate: false,
    asOf: "2004-06-30",
    evidence: [cite(PR, "paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
