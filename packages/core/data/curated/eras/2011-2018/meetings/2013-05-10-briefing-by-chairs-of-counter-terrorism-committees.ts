// 10 May 2013: the Security Council's semi-annual briefing by the chairs of its three
// counter-terrorism-related committees; Mohammed Loulichki (Morocco) briefs as CTC Chair.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2013-05-10-briefing-by-chairs-of-counter-terrorism-committees";
const SCR = "scr-wib-2013-05-09-briefing-ctc-chairs";
const BPW = "bioprepwatch-2013-council-briefed-counter-terrorism";
const PR = "un-press-2013-sc11003";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Briefing by Counter-Terrorism Committee Chairs",
    evidence: [cite(SCR, "headline")],
    note: "Headline of Security Council Report's preview; the sources give no agenda title.",
  },
  alternateTitles: [
    { value: "U.N. security council briefed on counter-terrorism efforts", evidence: [cite(BPW, "headline")], note: "Headline of a news report." },
    { value: "United Nations Counter-terrorism Effort only as Good as ‘Sum of Its Parts’, Security Council Hears in Briefings by Chairs of Subsidiary Bodies", evidence: [cite(PR, "headline")], note: "Headline of the meetings coverage SC/11003." },
  ],
  dates: {
    value: { start: "2013-05-10", end: "2013-05-10" },
    evidence: [cite(PR, "dateline (“10 May 2013”)"), cite(SCR, "posting date and paragraph 1"), cite(BPW, "paragraph 1")],
    note: "The preview, posted on Thursday 9 May 2013, sets the briefing for the next day (10 May); the news report places the Council meeting on a Friday, which 10 May 2013 was.",
  },
  type: { value: "security-council-briefing", evidence: [cite(PR, "headline and meeting line (“6964th Meeting (AM)”)"), cite(SCR, "paragraph 1"), cite(BPW, "paragraph 4")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1"), cite(SCR, "paragraph 1")] }],
  summary: {
    value:
      "The Council heard its semi-annual briefing by the chairs of the 1267/1989, 1373 and 1540 committees. The CTC Chair reviewed the Committee's activities, announced special events including one on countering terrorism through new communications and information technologies, and said the Committee and CTED would deepen their dialogue with States, donors and recipients on technical assistance.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(SCR, "paragraph 1"), cite(BPW, "paragraphs 1 and 4-5")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "ict-and-internet", "weapons-of-mass-destruction", "sanctions"],
  related: [
    { meeting: "2012-11-14-briefing-by-chairs-of-counter-terrorism-committees", relation: "continues", evidence: [cite(SCR, "paragraph 1")] },
  ],
  series: { value: { name: "semi-annual briefings of the Security Council by the chairs of its counter-terrorism-related committees" }, evidence: [cite(SCR, "paragraph 1")] },
  sources: [PR, SCR, BPW],
  notes: [
    "The chair of the 1267/1989 Committee is named only in the preview, as an expected briefer (the part of the meetings coverage read stops before the individual briefings); the coverage confirms the 1540 Chair's joint statement and the news report the CTC Chair's briefing.",
    "The special event that the CTC Chair announced here (held on 24 May 2013) links back to this briefing from its own record (`follow-up-to`); no relation is recorded from this side, since `preceded-by` means an earlier part of the same event.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("mohammed-loulichki"),
    meeting: MEETING,
    person: "mohammed-loulichki",
    roles: ["mohammed-loulichki-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(BPW, "paragraphs 1 and 4"), cite(SCR, "paragraph 1")],
  },
  {
    id: id("gary-quinlan"),
    meeting: MEETING,
    person: "gary-quinlan",
    roles: ["gary-quinlan-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(SCR, "paragraphs 1-2")],
    confidence: 0.8,
    note: "Named as an expected briefer in the preview only.",
  },
  {
    id: id("kim-sook"),
    meeting: MEETING,
    person: "kim-sook",
    roles: ["kim-sook-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3"), cite(SCR, "paragraph 1")],
    note: "Delivered the joint statement of the three committees.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-loulichki"),
    meeting: MEETING,
    participation: id("mohammed-loulichki"),
    kind: "briefing",
    text: "He presented the Committee's events, said the collective effort is only as strong as its parts, announced special events including one on countering terrorism through new communications and information technologies, and said the Committee and CTED would intensify talks on technical assistance with Member States, donors and recipients at national and subregional levels.",
    evidence: [cite(BPW, "paragraphs 1 and 4-5")],
  },
  {
    id: id("statement-kim-sook-joint"),
    meeting: MEETING,
    participation: id("kim-sook"),
    onBehalfOf: ["ctc", "1267-committee", "1540-committee"],
    kind: "joint-statement",
    text: "For the three committees, he described how fast the threat was changing as terrorists and other non-State actors exploit technology, the Internet and advances in nuclear, chemical and biological science, and said the committees' expert groups could help States that ask for support in building national capacity.",
    evidence: [cite(PR, "paragraph 3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
