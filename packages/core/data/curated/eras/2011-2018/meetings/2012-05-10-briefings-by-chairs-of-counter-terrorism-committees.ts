// 10 May 2012: the Security Council's 6767th meeting, with briefings by the chairs of its three
// counter-terrorism-related committees, followed by a debate.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2012-05-10-briefings-by-chairs-of-counter-terrorism-committees";
const PR = "un-press-2012-05-10-sc10642";
const PURI = "puri-2012-11-14-statement-as-ctc-chair";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Terrorists Exploiting Gaps in State Capacity to Implement Counter-Terrorism Measures, Security Council Told in Briefings by Sanctions Committee Chairs",
    evidence: [cite(PR, "headline")],
    note: "The excerpt of the meetings coverage gives no agenda title; its headline is used.",
  },
  dates: { value: { start: "2012-05-10", end: "2012-05-10" }, evidence: [cite(PR, "dateline"), cite(PURI, "paragraph 2 (the previous briefing, in May)")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "headline and paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "header (6767th Meeting (AM))")] }],
  summary: {
    value:
      "After briefings by the chairs of the three committees, speakers urged that the fight against terrorism keep pace with changing threats and welcomed efforts to make the committees more effective, coordinated and transparent. The 1267/1989 Committee's Chair said terrorist groups exploit gaps in States' capacity and that the expert groups can advise States seeking help.",
    evidence: [cite(PR, "paragraphs 1-3")],
    note: "Curators' summary, in our own words; the excerpt ends before the Counter-Terrorism Committee's briefing.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "weapons-of-mass-destruction", "sanctions"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
    { symbol: "resolution 1540 (2004)", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
  ],
  sources: [PR, PURI],
  notes: ["The CTC Chair (Hardeep Singh Puri) is not named in the excerpt read; he is not recorded as a speaker."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("peter-wittig"),
    meeting: MEETING,
    person: "peter-wittig",
    roles: ["peter-wittig-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 2-3")],
  },
  {
    id: id("council-speakers"),
    meeting: MEETING,
    description: "Speakers in the Security Council's debate (not named in the excerpt)",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-wittig"),
    meeting: MEETING,
    participation: id("peter-wittig"),
    kind: "briefing",
    text: "He warned that terrorist groups look for gaps in States' capacity to implement counter-terrorism measures, said the committees' expert groups could advise States seeking capacity-building help, and described the committees' shared outreach, country visits and exchanges with international and regional bodies, which he said could be strengthened further.",
    evidence: [cite(PR, "paragraphs 2-3")],
  },
  {
    id: id("statement-debate"),
    meeting: MEETING,
    participation: id("council-speakers"),
    kind: "remarks",
    text: "Speakers called for adapting the international response to evolving terrorist threats and welcomed moves to make the three committees more effective, coordinated and transparent.",
    evidence: [cite(PR, "paragraph 1")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
