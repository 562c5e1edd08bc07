// 30 May 2018: Security Council briefing on UN engagement and counter-terrorism efforts in Iraq, by the SRSG
// for Iraq, the head of UNOCT and CTED's Executive Director.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2018-05-30-security-council-briefing-counter-terrorism-iraq";
const CTC = "ctc-2018-05-security-council-briefed-iraq";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "UN engagement and counter-terrorism efforts in Iraq", evidence: [cite(CTC, "item body, paragraph 1")] },
  alternateTitles: [{ value: "Security Council briefed on UN engagement and counter-terrorism efforts in Iraq", evidence: [cite(CTC, "item title")], note: "Headline of the CTC's page." }],
  dates: { value: { start: "2018-05-30", end: "2018-05-30" }, evidence: [cite(CTC, "item body, paragraph 1"), cite(CTC, "image file name")] },
  type: { value: "security-council-briefing", evidence: [cite(CTC, "item title and item body, paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(CTC, "item body, paragraph 1")] }],
  summary: {
    value:
      "The Council heard the three principals for the first time together after CTED and UNOCT held joint high-level consultations with Iraq in March 2018, in close coordination with UNAMI; CTED's Executive Director praised the collaboration between the two entities as a response to the call for closer coordination.",
    evidence: [cite(CTC, "item body, paragraphs 1-2")],
    note: "Curators' summary, in our own words; the excerpt is cut off mid-sentence.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  related: [{ external: { title: "Joint high-level consultations of CTED and UNOCT with Iraq", date: "2018-03" }, relation: "follow-up-to", evidence: [cite(CTC, "item body, paragraph 1")] }],
  sources: [CTC],
  notes: ["Read as an item of the CTC site's RSS feed (tag OCT) on a defaced mirror, where an injected token stands twice for 'United Nations'."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("jan-kubis"), meeting: MEETING, person: "jan-kubis", roles: ["jan-kubis-srsg-unami"], organization: "unami", capacity: "speaker", evidence: [cite(CTC, "item body, paragraph 1")] },
  { id: id("vladimir-voronkov"), meeting: MEETING, person: "vladimir-voronkov", roles: ["vladimir-voronkov-usg-unoct"], organization: "unoct", capacity: "speaker", evidence: [cite(CTC, "item body, paragraph 1")] },
  { id: id("michele-coninsx"), meeting: MEETING, person: "michele-coninsx", roles: ["michele-coninsx-executive-director-cted"], organization: "cted", capacity: "speaker", evidence: [cite(CTC, "photo caption and item body, paragraphs 1-2")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-coninsx"),
    meeting: MEETING,
    participation: id("michele-coninsx"),
    kind: "briefing",
    text: "She praised the excellent collaboration between CTED and UNOCT and said their recent visit to Iraq answered directly the call for stronger coordination between the two entities.",
    evidence: [cite(CTC, "item body, paragraph 2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
