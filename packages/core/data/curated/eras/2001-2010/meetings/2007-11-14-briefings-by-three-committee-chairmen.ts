// 14 November 2007: the Chairmen of the three counter-terrorism committees brief the Security Council in
// their semi-annual joint briefing.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2007-11-14-briefings-by-three-committee-chairmen";
const PV = "undemocracy-2007-11-14-meeting-5779";
const BLOG = "undispatch-2007-11-committees-brief";
const SCR = "scr-2007-11-forecast-counter-terrorism";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "agenda")], note: "The agenda item of the 5779th meeting." },
  alternateTitles: [{ value: "Anti-Terrorism Committees Brief Security Council on Measures and Threats", evidence: [cite(BLOG, "headline")], note: "Headline of a blog post quoting the UN release." }],
  dates: { value: { start: "2007-11-14", end: "2007-11-14" }, evidence: [cite(PV, "date")] },
  startTime: { value: "10:00", evidence: [cite(PV, "Started")], note: "The record's header; the time it was called to order is not in the excerpt." },
  type: { value: "security-council-briefing", evidence: [cite(BLOG, "paragraph 1"), cite(SCR, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "President and agenda")] }],
  summary: {
    value:
      "The three Chairmen briefed the Council on recent measures against terrorism; one warned of non-State actors acquiring weapons of mass destruction and another said closer ties with Interpol had made his committee more effective.",
    evidence: [cite(BLOG, "paragraphs 1-2")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  series: {
    value: { name: "joint briefings of the Security Council by the chairs of its three counter-terrorism committees", number: 7 },
    evidence: [cite(SCR, "paragraphs 1-2")],
    note: "Security Council Report counted six joint briefings before this one, due in November 2007.",
  },
  mentions: [{ organization: "interpol", evidence: [cite(BLOG, "paragraph 1")], note: "A chair credited closer ties with Interpol." }],
  claims: [
    {
      value: "Australia, Canada, Cuba, Liechtenstein, Portugal and Venezuela asked to take part in the consideration of the item without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PV, BLOG, SCR],
  notes: [
    "The Chairmen of the Counter-Terrorism Committee and of the 1267 Committee are not named in the excerpts (the list of members shows Mr. Arias for Panama, whose representative chaired the CTC in May and October 2007).",
    "The President (Mr. Natalegawa, Indonesia) is named only by family name and is not recorded as a participant.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("peter-burian"),
    meeting: MEETING,
    person: "peter-burian",
    roles: ["peter-burian-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(BLOG, "paragraph 2")],
  },
  {
    id: id("ctc-chair"),
    meeting: MEETING,
    organization: "ctc",
    description: "The Chairman of the Counter-Terrorism Committee (not named in the excerpts)",
    capacity: "speaker",
    evidence: [cite(BLOG, "paragraph 1"), cite(SCR, "paragraph 1")],
  },
  {
    id: id("1267-chair"),
    meeting: MEETING,
    organization: "1267-committee",
    description: "The Chairman of the Al-Qaida and Taliban Sanctions Committee (not named in the excerpts)",
    capacity: "speaker",
    evidence: [cite(BLOG, "paragraph 1"), cite(SCR, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("burian"),
    meeting: MEETING,
    participation: id("peter-burian"),
    onBehalfOf: ["1540-committee"],
    kind: "briefing",
    text: "Warned that every State could be used by non-State actors seeking weapons of mass destruction or the means of delivering them.",
    evidence: [cite(BLOG, "paragraph 2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
