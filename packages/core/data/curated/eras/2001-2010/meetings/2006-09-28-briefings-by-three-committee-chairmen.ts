// 28 September 2006: the Chairs of the three counter-terrorism committees brief the Security Council; the
// debate turns on listing and delisting, transparency and the new Global Counter-Terrorism Strategy.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2006-09-28-briefings-by-three-committee-chairmen";
const PR = "un-press-2006-09-28-sc8840";
const PV = "hrv-2006-09-28-spv5538";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "Agenda")], note: "The agenda item of the 5538th meeting." },
  alternateTitles: [
    {
      value: "Hearing Briefings from Committees Countering Terrorism, Security Council Considers Progress Made, Ways to Increase Effectiveness",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release (in capitals there).",
    },
  ],
  dates: { value: { start: "2006-09-28", end: "2006-09-28" }, evidence: [cite(PR, "date line")] },
  startTime: { value: "10:10", evidence: [cite(PV, "opening")], note: "Opened at 10.10 a.m." },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraph 1"), cite(PV, "Agenda")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line"), cite(PV, "opening")] }],
  summary: {
    value:
      "After the three Chairs' briefings, speakers welcomed four months of progress and discussed clearer listing and delisting procedures, transparency, outreach and reporting by States; several welcomed the General Assembly's new Global Counter-Terrorism Strategy while insisting that counter-terrorism respect international law and human rights.",
    evidence: [cite(PR, "subheading and paragraphs 1-3")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "human-rights", "international-cooperation"],
  mentions: [{ organization: "un-general-assembly", evidence: [cite(PR, "paragraph 2")], note: "Its recently adopted Global Counter-Terrorism Strategy was welcomed." }],
  claims: [
    {
      value: "Cuba, Finland, Switzerland and Venezuela asked to take part in the discussion without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PR, PV],
  notes: ["The 1540 Committee's Chair is not named in the excerpts read (the record is cut off in the list of invited Chairs)."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("adamantios-vassilakis"),
    meeting: MEETING,
    person: "adamantios-vassilakis",
    roles: ["adamantios-vassilakis-president-security-council"],
    organization: "un-security-council",
    capacity: "chair",
    evidence: [cite(PV, "list of members and opening")],
  },
  {
    id: id("cesar-mayoral"),
    meeting: MEETING,
    person: "cesar-mayoral",
    roles: ["cesar-mayoral-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(PV, "the President's invitations"), cite(PR, "paragraph 3")],
  },
  {
    id: id("ellen-margrethe-loj"),
    meeting: MEETING,
    person: "ellen-margrethe-loj",
    roles: ["ellen-margrethe-loj-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PV, "the President's invitations"), cite(PR, "paragraph 1")],
  },
  {
    id: id("1540-chair"),
    meeting: MEETING,
    organization: "1540-committee",
    description: "The Chair of the 1540 Committee (not named in the excerpts)",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("mayoral"),
    meeting: MEETING,
    participation: id("cesar-mayoral"),
    onBehalfOf: ["1267-committee"],
    kind: "briefing",
    text: "Said the Al-Qaida and Taliban Sanctions Committee had worked hard on revising its guidelines and had come close to consensus on listing procedures at the end of July.",
    evidence: [cite(PR, "paragraph 3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
