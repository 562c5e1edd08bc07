// 11 May 2010: open debate of the Security Council after briefings by the chairs of its three
// counter-terrorism committees; Claude Heller (Mexico) delivers their joint statement.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2010-05-11-briefings-by-three-committee-chairmen";
const PR = "un-press-2010-05-11-sc9923";
const NEWS = "unnews-2010-05-11-greater-cooperation";
const NOV = "turkuno-2010-11-15-apakan-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Speakers in Security Council Call for Unified, Global Counter-Terrorism Effort, Following Briefings by Chairs of Committees Set Up to Spearhead Fight",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline stands as the title.",
  },
  alternateTitles: [
    {
      value: "‘1540 Resolution’ Designed to Prevent Terrorist Acquisition of Mass Destruction Weapons Draws Key Global Action, as Many States Take Vital Legal Steps, Says Chair",
      evidence: [cite(PR, "subheading")],
      note: "Subheading of the press release.",
    },
    { value: "Security Council anti-terrorism committees move towards greater cooperation", evidence: [cite(NEWS, "headline")], note: "UN News headline." },
  ],
  dates: { value: { start: "2010-05-11", end: "2010-05-11" }, evidence: [cite(PR, "date line")] },
  type: { value: "security-council-open-debate", evidence: [cite(PR, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line and paragraph 1")] }],
  summary: {
    value:
      "After the chairs' briefings (6310th meeting), speakers called for a single worldwide front against terrorism and backed moves to make the three committees work better, together and more openly; the joint statement reported the committees and their expert groups working together on a common strategy and on helping States, and the 1267 Committee's chair reported on the review of its sanctions list.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(NEWS, "paragraphs 1-6")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  related: [{ meeting: "2009-11-13-briefings-by-three-committee-chairmen", relation: "continues", evidence: [cite(NEWS, "paragraph 1")] }],
  sources: [PR, NEWS, NOV],
  notes: [
    "On whose behalf the joint statement was given, the sources differ: the press release says the three Committees; UN News says the chairmen of the Monitoring Team, CTED and the 1540 expert group. The record follows the press release.",
    "The CTC's Chair is not named in the excerpts of this day; the Chairman's briefing of 15 November 2010 refers to his previous briefing in May.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("claude-heller"),
    meeting: MEETING,
    person: "claude-heller",
    roles: ["claude-heller-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 2"), cite(NEWS, "paragraph 2")],
  },
  {
    id: id("thomas-mayr-harting"),
    meeting: MEETING,
    person: "thomas-mayr-harting",
    roles: ["thomas-mayr-harting-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(NEWS, "paragraphs 4-6")],
  },
  {
    id: id("ertugrul-apakan"),
    meeting: MEETING,
    person: "ertugrul-apakan",
    roles: ["ertugrul-apakan-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 1"), cite(NOV, "paragraph 1")],
    confidence: 0.9,
    note: "The press release reports briefings by the Chairpersons of the three committees; Apakan, Chairman from April to December 2010, refers in November to his previous briefing in May.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("heller-joint"),
    meeting: MEETING,
    participation: id("claude-heller"),
    onBehalfOf: ["1540-committee", "1267-committee", "ctc"],
    kind: "joint-statement",
    text: "For the three committees, said they and their expert groups were now drawing up a common strategy, working with other organizations and supporting States in reporting and compliance; cooperation was vital, above all against the use of nuclear, chemical and biological weapons, since terrorism and proliferation to non-State actors still threaten peace.",
    evidence: [cite(PR, "paragraph 2"), cite(NEWS, "paragraphs 2-3")],
  },
  {
    id: id("heller-1540"),
    meeting: MEETING,
    participation: id("claude-heller"),
    onBehalfOf: ["1540-committee"],
    kind: "briefing",
    text: "Reported that a recent review showed resolution 1540 had prompted significant action worldwide, with nearly 160 States reporting on their capabilities and difficulties.",
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("mayr-harting"),
    meeting: MEETING,
    participation: id("thomas-mayr-harting"),
    onBehalfOf: ["1267-committee"],
    kind: "briefing",
    text: "Planned to step up dialogue with the Afghan authorities; the Committee was reviewing all 488 names on its list by 30 June, having delisted 24 and removed five deceased people, with 35 still pending; cooperation with States and the Monitoring Team's visits were essential.",
    evidence: [cite(NEWS, "paragraphs 4-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

const fig = (suffix: string, who: string, value: number, unit: string, measure: string, asStated: string, approximate: boolean, evidence: ReturnType<typeof cite>[]) => ({
  id: id(`figure-${suffix}`),
  meeting: MEETING,
  participation: id(who),
  value,
  unit,
  measure,
  asStated,
  approximate,
  asOf: "2010-05-11",
  evidence,
});

export const figures: MeetingModule["figures"] = [
  fig("states-reported-1540", "claude-heller", 160, "States", "States that had reported to the 1540 Committee on their capabilities and challenges", "nearly 160", true, [cite(PR, "paragraph 3")]),
  fig("names-on-list", "thomas-mayr-harting", 488, "names", "names on the 1267 sanctions list under review", "488", false, [cite(NEWS, "paragraph 5")]),
  fig("names-delisted", "thomas-mayr-harting", 24, "names", "names de-listed so far in the review", "24", false, [cite(NEWS, "paragraph 5")]),
  fig("deceased-removed", "thomas-mayr-harting", 5, "individuals", "deceased individuals removed from the list", "five", false, [cite(NEWS, "paragraph 5")]),
  fig("names-pending", "thomas-mayr-harting", 35, "names", "names still pending in the review", "35", false, [cite(NEWS, "paragraph 5")]),
];

export const corrections: MeetingModule["corrections"] = [];
