// 25 April 2005: the first joint briefing of the Security Council by the Chairmen of its three
// counter-terrorism committees (1267, 1373, 1540), followed by a presidential statement on cooperation.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2005-04-25-briefings-by-three-committee-chairmen";
const PR = "un-press-2005-04-25-sc8366";
const PV = "undemocracy-2005-04-25-meeting-5168";
const SCR = "scr-2007-11-forecast-counter-terrorism";
const id = prefixer(MEETING);

const committees = (suffix: string, organization: string, description: string) => ({
  id: id(suffix),
  meeting: MEETING,
  organization,
  description,
  capacity: "speaker" as const,
  evidence: [cite(PR, "paragraphs 1-2"), cite(PV, "agenda")],
});

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Briefings by Chairmen of subsidiary bodies of the Security Council",
    evidence: [cite(PV, "agenda")],
    note: "The agenda item of the 5168th meeting, with three sub-items: the Committees established pursuant to resolutions 1267 (1999), 1373 (2001) and 1540 (2004).",
  },
  alternateTitles: [
    {
      value: "Security Council Briefed by Chairmen of Anti-Terrorism Committees; Calls for Strengthened Cooperation, Enhanced Information Sharing",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release (in capitals there).",
    },
  ],
  dates: { value: { start: "2005-04-25", end: "2005-04-25" }, evidence: [cite(PR, "date line"), cite(PV, "date")] },
  startTime: { value: "10:00", evidence: [cite(PV, "Started")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraph 1"), cite(PV, "agenda")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line and paragraph 1")] }],
  summary: {
    value:
      "The chairs of the 1267 (Al-Qaida and Taliban sanctions), 1373 (counter-terrorism) and 1540 committees briefed the Council together, which then asked, in a presidential statement, for stronger cooperation among the three committees through information sharing and coordinated country visits, while keeping their mandates distinct, and for cooperation with the 1566 working group.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  series: {
    value: { name: "joint briefings of the Security Council by the chairs of its three counter-terrorism committees", number: 1 },
    evidence: [cite(SCR, "paragraph 2")],
    note: "Security Council Report says the joint briefings started in April 2005.",
  },
  documents: [
    { symbol: "resolution 1267 (1999)", relation: "reference", evidence: [cite(PR, "subheading"), cite(PV, "agenda")] },
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "subheading"), cite(PV, "agenda")] },
    { symbol: "resolution 1540 (2004)", relation: "reference", evidence: [cite(PR, "subheading"), cite(PV, "agenda")] },
  ],
  mentions: [{ organization: "1566-working-group", evidence: [cite(PR, "paragraph 3")], note: "The committees were invited to keep cooperating with it." }],
  sources: [PR, PV, SCR],
  notes: ["The three Chairmen are not named in the excerpts read (the verbatim record's list of members names the representatives, not the chairs)."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  committees("ctc-chair", "ctc", "The Chairman of the Counter-Terrorism Committee (not named in the excerpts)"),
  committees("1267-chair", "1267-committee", "The Chairman of the Al-Qaida/Taliban Sanctions Committee (not named in the excerpts)"),
  committees("1540-chair", "1540-committee", "The Chairman of the 1540 Committee (not named in the excerpts)"),
  {
    id: id("wang-guangya"),
    meeting: MEETING,
    person: "wang-guangya",
    roles: ["wang-guangya-president-security-council"],
    organization: "un-security-council",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2"), cite(PV, "President")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("wang-guangya"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "Read the presidential statement welcoming the three briefings, stressing the committees' different mandates while calling for more cooperation among them in monitoring implementation, recalling States' duty to report, and encouraging international and regional organizations and States to help others implement resolutions 1267, 1373 and 1540.",
    evidence: [cite(PR, "paragraphs 2-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
