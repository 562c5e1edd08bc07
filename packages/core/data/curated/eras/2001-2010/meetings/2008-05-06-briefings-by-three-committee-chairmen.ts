// 6 May 2008: semi-annual briefing of the Security Council by the chairs of its counter-terrorism
// committees; the CTC Chairman, Neven Jurica (Croatia), reports on the six months since November 2007.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2008-05-06-briefings-by-three-committee-chairmen";
const PV = "undemocracy-2008-05-06-meeting-5886";
const HR = "mvep-2008-05-06-jurica-briefing";
const HR_NOV = "mvep-2008-11-12-jurica-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairmen of subsidiary bodies of the Security Council", evidence: [cite(PV, "agenda")], note: "The agenda item of the 5886th meeting." },
  alternateTitles: [{ value: "Briefing on the work of the Counter-Terrorism Committee", evidence: [cite(HR, "heading")], note: "Title of the Chairman's statement on Croatia's site." }],
  dates: { value: { start: "2008-05-06", end: "2008-05-06" }, evidence: [cite(PV, "date"), cite(HR_NOV, "paragraph 4")] },
  startTime: { value: "10:00", evidence: [cite(PV, "Started")], note: "The record's header; the time it was called to order is not in the excerpt." },
  type: { value: "security-council-briefing", evidence: [cite(HR, "paragraph 1"), cite(PV, "agenda")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "President and agenda")] }],
  summary: {
    value:
      "The Council heard the chairs of its subsidiary bodies; the CTC Chairman gave the Council and the wider membership an account of the Committee's half-year since November 2007, starting with the adoption of CTED's new organizational plan.",
    evidence: [cite(HR, "paragraph 1"), cite(PV, "agenda")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions"],
  related: [{ meeting: "2008-04-29-briefing-to-member-states", relation: "follow-up-to", evidence: [cite(HR, "paragraph 1")] }],
  claims: [
    {
      value: "Australia, Cuba, India, Israel, Japan, Qatar, Slovenia, the Syrian Arab Republic and Venezuela asked to take part in the consideration of the item without a vote.",
      evidence: [cite(PV, "the President's first statement")],
    },
  ],
  sources: [PV, HR, HR_NOV],
  notes: [
    "The Chairman's statement on Croatia's site is undated; it is placed at this meeting because his next briefing (12 November 2008) names 6 May 2008 as the previous one and this statement reports since November 2007.",
    "The other chairs and the President (Sir John Sawers, United Kingdom) are not recorded as participants: the excerpts do not name the chairs, and the President's part is not described.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("neven-jurica"),
    meeting: MEETING,
    person: "neven-jurica",
    roles: ["neven-jurica-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(HR, "paragraph 1"), cite(HR_NOV, "paragraph 4")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("jurica"),
    meeting: MEETING,
    participation: id("neven-jurica"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Called the Committee a crucial instrument against a major threat to peace and promised a pragmatic, results-oriented chairmanship; thanked CTED's Executive Director and staff; stressed transparency, recalling that he and the Executive Director had briefed the Member States on 29 April and would keep doing so; and listed the Committee's initiatives since November 2007, first among them the adoption of CTED's new organizational plan.",
    evidence: [cite(HR, "paragraph 1")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
