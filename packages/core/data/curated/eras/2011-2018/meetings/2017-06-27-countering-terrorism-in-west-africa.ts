// 27 June 2017 (later the same day): joint open briefing of the CTC and the 1267/1989/2253 Committee on
// countering terrorism in West Africa, including the Sahel and Lake Chad Basin.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-06-27-countering-terrorism-in-west-africa";
const CTC = "ctc-2017-06-27-two-joint-open-briefings-libya-west-africa";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Countering terrorism in West Africa",
    evidence: [cite(CTC, "headline and paragraph 1")],
    note: "The page gives the same theme as the Libya briefing “pertaining to West Africa”; the title applies that theme to the region.",
    confidence: 0.8,
  },
  alternateTitles: [
    { value: "Two joint open briefings of several Security Council committees on countering terrorism in Libya and West Africa", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page, covering both briefings." },
  ],
  dates: { value: { start: "2017-06-27", end: "2017-06-27" }, evidence: [cite(CTC, "paragraphs 1 and 4")], note: "Held later the same day as the Libya briefing." },
  type: { value: "joint-briefing", evidence: [cite(CTC, "headline and paragraphs 1 and 4")], note: "A joint open briefing, in the page's words." },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 4")] },
    { organization: "1267-committee", role: "convener", evidence: [cite(CTC, "paragraph 4")] },
  ],
  summary: {
    value:
      "Covering West Africa with the Sahel and the Lake Chad Basin, the briefing found a many-sided terrorist threat from several sources, with Al-Qaida affiliates still active in northern and central Mali against local defence and security forces and international targets.",
    evidence: [cite(CTC, "paragraph 4")],
    note: "Curators' summary, in our own words; the excerpt ends mid-sentence, before the speakers.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  related: [{ meeting: "2017-06-27-countering-terrorism-in-libya", relation: "continues", evidence: [cite(CTC, "paragraph 4")] }],
  sources: [CTC],
  notes: ["The excerpt read ends before it names the speakers of this briefing."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("represented-ctc"), meeting: MEETING, organization: "ctc", capacity: "participant", evidence: [cite(CTC, "paragraph 4")] },
  { id: id("represented-1267-committee"), meeting: MEETING, organization: "1267-committee", capacity: "participant", evidence: [cite(CTC, "paragraph 4")] },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
