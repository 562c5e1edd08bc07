// 26 October 2005: the Chairmen of the three counter-terrorism committees brief the Security Council;
// CTC Chairman Ellen Margrethe Løj (Denmark) reports on outreach, the backlog of reports and a fully
// staffed Executive Directorate.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2005-10-26-briefings-by-three-committee-chairmen";
const PR = "unis-2005-10-27-sc8536";
const PV = "undemocracy-2005-10-26-meeting-5293";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Briefings by Chairmen of subsidiary bodies of the Security Council",
    evidence: [cite(PV, "agenda")],
    note: "The agenda item of the 5293rd meeting, with sub-items for the Committees established pursuant to resolutions 1267 (1999), 1373 (2001) and 1540 (2004).",
  },
  alternateTitles: [
    {
      value: "Security Council Briefed by Chairmen of Three Anti-Terrorism Committees; Status of Reporting, Technical Assistance, among Issues Addressed",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release.",
    },
  ],
  dates: { value: { start: "2005-10-26", end: "2005-10-26" }, evidence: [cite(PR, "dateline"), cite(PV, "date")] },
  startTime: { value: "10:15", evidence: [cite(PV, "opening")], note: "Opened at 10.15 a.m.; the record's header gives 10:00." },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraph 1"), cite(PV, "agenda")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "After the three Chairmen's briefings, speakers, citing the recent bombing in Bali and an attack in Hadera that morning, restated that terrorism remained one of the gravest threats to peace and asked that the mechanisms endorsed at the World Summit be put to work; the CTC's Chairman reported on the Committee's outreach to regional bodies, its work on the backlog of reports and technical assistance, and follow-up to resolution 1624 (2005).",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 1624 (2005)", relation: "reference", evidence: [cite(PR, "paragraph 4")] },
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraph 2"), cite(PV, "agenda")] },
  ],
  mentions: [{ organization: "cted", evidence: [cite(PR, "paragraph 4")], note: "Reported to be fully staffed." }],
  claims: [
    {
      value: "Chile, Colombia, Costa Rica, Cuba, Fiji, India, Israel, Liechtenstein, Samoa, Switzerland and Venezuela asked to take part in the discussion without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PR, PV],
  notes: ["The Chairmen of the 1267 and 1540 Committees are not named in the excerpts read."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ellen-margrethe-loj"),
    meeting: MEETING,
    person: "ellen-margrethe-loj",
    roles: ["ellen-margrethe-loj-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("1267-chair"),
    meeting: MEETING,
    organization: "1267-committee",
    description: "The Chairman of the Al-Qaida and Taliban sanctions committee (not named in the excerpts)",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1-2")],
  },
  {
    id: id("1540-chair"),
    meeting: MEETING,
    organization: "1540-committee",
    description: "The Chairman of the 1540 Committee (not named in the excerpts)",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1-2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("loj"),
    meeting: MEETING,
    participation: id("ellen-margrethe-loj"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Described the Committee as a key international instrument built on dialogue with and help to States; over three months it had worked with regional organizations, caught up on States' reports, looked for better ways to facilitate technical assistance, continued its visits to States and begun follow-up to resolution 1624 (2005); the Executive Directorate was now fully staffed.",
    evidence: [cite(PR, "paragraphs 3-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
