// 31 October 2017: CTC open informal briefing on developing national and regional comprehensive and
// integrated counter-terrorism strategies, with presentations by CTED and UNOCT.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-10-31-developing-counter-terrorism-strategies";
const CTC = "ctc-2017-10-open-briefing-developing-strategies";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Developing national and regional comprehensive and integrated counter-terrorism strategies (lessons learned)", evidence: [cite(CTC, "paragraph 2")] },
  alternateTitles: [
    { value: "Counter-Terrorism Committee holds open briefing on developing counter-terrorism strategies", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page." },
  ],
  dates: { value: { start: "2017-10-31", end: "2017-10-31" }, evidence: [cite(CTC, "paragraph 2")] },
  type: {
    value: "open-briefing",
    evidence: [cite(CTC, "headline")],
    alternatives: [{ value: "informal-briefing", evidence: [cite(CTC, "paragraph 2")], note: "The body calls it an open informal briefing." }],
    preferred: "It was both open and informal; the headline's term (open briefing) is kept, and the body's wording recorded here.",
  },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 2")] }],
  summary: {
    value:
      "Recalling that resolution 1963 (2010) widened the Council's approach beyond security, legal and punitive measures, CTED explained how resolutions 1963 and 2129 (2013) had broadened its work, linked it to the Global Counter-Terrorism Strategy and opened it to civil society, academia and the media, all of which should inform comprehensive national and regional strategies; UNOCT also presented, and Member States shared their strategies and good practice.",
    evidence: [cite(CTC, "paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "counter-terrorism-strategies"],
  documents: [
    { symbol: "resolution 1963 (2010)", relation: "framework", evidence: [cite(CTC, "paragraphs 1 and 3")] },
    { symbol: "resolution 2129 (2013)", relation: "framework", evidence: [cite(CTC, "paragraph 3")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(CTC, "paragraph 3")] },
    { symbol: "resolution 1624 (2005)", relation: "reference", evidence: [cite(CTC, "paragraph 3")] },
  ],
  sources: [CTC],
  notes: ["No person is named in the excerpt; CTED and the UN Office of Counter-Terrorism presented."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("represented-cted"), meeting: MEETING, organization: "cted", capacity: "presenter", evidence: [cite(CTC, "paragraphs 2-3")] },
  { id: id("represented-unoct"), meeting: MEETING, organization: "unoct", capacity: "presenter", evidence: [cite(CTC, "paragraph 2")] },
  { id: id("member-states"), meeting: MEETING, description: "Member States (not named)", capacity: "speaker", evidence: [cite(CTC, "paragraph 4")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-cted"),
    meeting: MEETING,
    participation: id("represented-cted"),
    kind: "presentation",
    text: "CTED set out three effects of resolutions 1963 and 2129: a broader approach to the aims of resolutions 1373 and 1624, more attention to the factors leading to terrorism in line with the Global Counter-Terrorism Strategy, and engagement with civil society, academia and the media, which should feed comprehensive national and regional strategies.",
    evidence: [cite(CTC, "paragraph 3")],
  },
  {
    id: id("statement-member-states"),
    meeting: MEETING,
    participation: id("member-states"),
    kind: "remarks",
    text: "Member States presented their current counter-terrorism strategies and their observations on good practice.",
    evidence: [cite(CTC, "paragraph 4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
