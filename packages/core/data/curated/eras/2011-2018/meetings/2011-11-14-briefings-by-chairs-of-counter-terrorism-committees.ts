// 14 November 2011: the Security Council's 6658th meeting, with briefings on the work of its three
// counter-terrorism-related committees (the CTC, the 1267/1989 Committee and the 1540 Committee).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2011-11-14-briefings-by-chairs-of-counter-terrorism-committees";
const PR = "un-press-2011-11-14-sc10447";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Hears Briefings by Committees Charged with Defeating Terrorism, Including Preventing Non-State Actors from Acquiring Mass Destruction Weapons",
    evidence: [cite(PR, "headline")],
    note: "The excerpt of the meetings coverage gives no agenda title; its headline is used.",
  },
  dates: { value: { start: "2011-11-14", end: "2011-11-14" }, evidence: [cite(PR, "dateline")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "headline and paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "header (6658th Meeting (PM)) and paragraph 1")] }],
  summary: {
    value:
      "The Council reviewed the work of its three committees against terrorism and the spread of weapons of mass destruction to non-State actors. Speaking for all three, the 1540 Committee's Chairman stressed close cooperation and coordination among the committees and their expert groups; the 1267/1989 Committee's Chairman then spoke for his Committee.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary, in our own words. The excerpt ends before the Counter-Terrorism Committee's own briefing.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "weapons-of-mass-destruction", "sanctions"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(PR, "paragraph 2")] },
    { symbol: "resolution 1540 (2004)", relation: "reference", evidence: [cite(PR, "paragraphs 1-2")] },
  ],
  mentions: [
    { organization: "iaea", evidence: [cite(PR, "paragraph 3")], note: "Named among the 1540 Committee's partners." },
    { organization: "opcw", evidence: [cite(PR, "paragraph 3")], note: "Named among the 1540 Committee's partners." },
    { organization: "fatf", evidence: [cite(PR, "paragraph 3")], note: "Its members helped develop recommendations on proliferation financing." },
  ],
  sources: [PR],
  notes: ["The Counter-Terrorism Committee's Chair at the time was Hardeep Singh Puri (India), but the excerpt read does not reach his part of the briefing, so he is not recorded as a speaker."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("baso-sangqu"),
    meeting: MEETING,
    person: "baso-sangqu",
    roles: ["baso-sangqu-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1-2")],
  },
  {
    id: id("peter-wittig"),
    meeting: MEETING,
    person: "peter-wittig",
    roles: ["peter-wittig-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 4")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-sangqu-joint"),
    meeting: MEETING,
    participation: id("baso-sangqu"),
    onBehalfOf: ["ctc", "1267-committee", "1540-committee"],
    kind: "joint-statement",
    text: "Speaking for the three committees, he said terrorism and the spread of weapons of mass destruction were still a grave threat and that the committees and their expert groups had to keep cooperating closely and coordinating effectively.",
    evidence: [cite(PR, "paragraphs 1-2")],
  },
  {
    id: id("statement-sangqu-1540"),
    meeting: MEETING,
    participation: id("baso-sangqu"),
    kind: "briefing",
    text: "On the 1540 Committee, he reported its tenth programme of work, adopted in July, its cooperation with bodies such as the IAEA and the OPCW, and its work with FATF members on possible recommendations against the financing of proliferation.",
    evidence: [cite(PR, "paragraph 3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
