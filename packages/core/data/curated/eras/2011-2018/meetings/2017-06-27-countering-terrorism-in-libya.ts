// 27 June 2017 (morning): joint open briefing of the CTC, the 1267/1989/2253 Committee and the Libya
// Sanctions Committee on countering terrorism in Libya.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-06-27-countering-terrorism-in-libya";
const CTC = "ctc-2017-06-27-two-joint-open-briefings-libya-west-africa";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Countering terrorism in Libya", evidence: [cite(CTC, "paragraph 1")] },
  alternateTitles: [
    { value: "Two joint open briefings of several Security Council committees on countering terrorism in Libya and West Africa", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page, covering both briefings." },
  ],
  dates: { value: { start: "2017-06-27", end: "2017-06-27" }, evidence: [cite(CTC, "paragraphs 1-2")], note: "Held in the morning." },
  type: { value: "joint-briefing", evidence: [cite(CTC, "headline and paragraphs 1-2")], note: "A joint open briefing, in the page's words." },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 2")] },
    { organization: "1267-committee", role: "convener", evidence: [cite(CTC, "paragraph 2")] },
    { organization: "libya-sanctions-committee", role: "convener", evidence: [cite(CTC, "paragraph 2")] },
  ],
  summary: {
    value:
      "The briefing found the terrorist threat in Libya still worrying despite gains against terrorist groups in Benghazi and against ISIL in Sirte; political and security instability risked undermining reconciliation and counter-terrorism, and unified State institutions, including security forces under civilian control, remained essential.",
    evidence: [cite(CTC, "paragraph 2")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  related: [{ meeting: "2017-06-27-countering-terrorism-in-west-africa", relation: "continues", evidence: [cite(CTC, "paragraphs 1 and 4")] }],
  sources: [CTC],
  notes: ["The page says all the committees' chairmen spoke without naming them; the CTC's Chair at the time was Amr Abdellatif Aboulatta.", "The relation to the West Africa briefing held later the same day is recorded as `continues` (same day, same theme)."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 3")],
    confidence: 0.9,
    note: "The page says all the Ambassadors chairing the three committees spoke, without naming them.",
  },
  { id: id("chair-1267-committee"), meeting: MEETING, organization: "1267-committee", description: "The Chairman of the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee (not named)", capacity: "speaker", evidence: [cite(CTC, "paragraph 3")] },
  { id: id("chair-libya-sanctions-committee"), meeting: MEETING, organization: "libya-sanctions-committee", description: "The Chairman of the Libya Sanctions Committee (not named)", capacity: "speaker", evidence: [cite(CTC, "paragraph 3")] },
  { id: id("coordinator-panel-of-experts"), meeting: MEETING, organization: "panel-of-experts-on-libya", description: "The Coordinator of the UN Panel of Experts on Libya", capacity: "speaker", evidence: [cite(CTC, "paragraph 3")] },
  { id: id("coordinator-monitoring-team"), meeting: MEETING, organization: "1267-monitoring-team", description: "The Coordinator of the Monitoring Team of the 1267/1989/2253 Committee", capacity: "speaker", evidence: [cite(CTC, "paragraph 3")] },
  { id: id("represented-unodc"), meeting: MEETING, organization: "unodc", capacity: "speaker", evidence: [cite(CTC, "paragraph 3")] },
  { id: id("represented-unsmil"), meeting: MEETING, organization: "unsmil", capacity: "speaker", evidence: [cite(CTC, "paragraph 3")] },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
