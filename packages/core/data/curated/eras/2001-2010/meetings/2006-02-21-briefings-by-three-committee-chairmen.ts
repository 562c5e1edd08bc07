// 21 February 2006: the Chairmen of the three counter-terrorism committees brief the Security Council;
// CTC Chairman Ellen Margrethe Løj reports the Executive Directorate declared operational.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2006-02-21-briefings-by-three-committee-chairmen";
const PR = "un-press-2006-02-21-sc8644";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Briefed by Chairmen of Three Anti-Terrorism Committees; Strengthened Cooperation, Assistance to States among Issues Raised",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline (in capitals there) stands as the title.",
  },
  alternateTitles: [{ value: "Committees Aim Full Implementation Of Resolutions 1373 (2001), 1267 (1999), 1540 (2004)", evidence: [cite(PR, "subheading")], note: "Subheading of the press release." }],
  dates: { value: { start: "2006-02-21", end: "2006-02-21" }, evidence: [cite(PR, "date line")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line and paragraph 1")] }],
  summary: {
    value:
      "The three Chairmen briefed the Council (5375th meeting), after which speakers urged the committees to work together and with outside organizations at every level; the CTC's Chairman reported the backlog of States' reports cleared and the Executive Directorate operational, and set out the Committee's three priorities.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraphs 2-3")] }],
  mentions: [{ organization: "cted", evidence: [cite(PR, "paragraph 3")], note: "Declared operational on 15 December 2005." }],
  claims: [{ value: "The Counter-Terrorism Committee Executive Directorate was declared operational on 15 December 2005.", evidence: [cite(PR, "paragraph 3")] }],
  sources: [PR],
  notes: ["The Chairmen of the 1267 and 1540 Committees are not named in the excerpt; the venue is not stated."],
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
    description: "The Chairman of the Al-Qaida and Taliban sanctions committee (not named in the excerpt)",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1-2")],
  },
  {
    id: id("1540-chair"),
    meeting: MEETING,
    organization: "1540-committee",
    description: "The Chairman of the 1540 Committee (not named in the excerpt)",
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
    text: "Reported that the Committee had cleared its backlog of States' reports on implementing resolution 1373 and that CTED, declared operational on 15 December 2005, which should speed progress and give States more guidance; the work programme's three priorities were a revised reporting regime, closer dialogue with States about technical assistance, and stronger ties with the international, regional and subregional bodies.",
    evidence: [cite(PR, "paragraphs 3-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
