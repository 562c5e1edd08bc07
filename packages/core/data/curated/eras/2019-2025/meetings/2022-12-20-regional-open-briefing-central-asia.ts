// 20 December 2022: regional open briefing of the Counter-Terrorism Committee focused on Central Asia.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2022-12-20-regional-open-briefing-central-asia";
const SRC = "ctc-2022-12-20-regional-open-briefing-central-asia";
const { person, described, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Regional open briefing focused on Central Asia",
    evidence: [cite(SRC, "paragraph 1")],
    note: "The copy read has no headline; the title is the page's description (“a regional open briefing focused on Central Asia”).",
  },
  dates: { value: { start: "2022-12-20", end: "2022-12-20" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "open-briefing", evidence: [cite(SRC, "paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "The Committee reviewed the terrorist threat to Central Asia, which has seen few attacks in recent years but faces serious risks from neighbouring regions of terrorist activity and from the thousands of its nationals who joined terrorist groups in the Middle East. Representatives of the five Central Asian States presented their counter-terrorism efforts, progress and challenges, and UN and other activities in the region were taken stock of.",
    evidence: [cite(SRC, "paragraphs 1-6")],
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "international-cooperation"],
  claims: [{ value: "Earlier that month the Committee had concluded the on-site part of its second follow-up visit assessing Uzbekistan.", evidence: [cite(SRC, "paragraph 3")] }],
  sources: [SRC],
  notes: ["The venue is not stated in the copy read."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("ruchira-kamboj", ["ruchira-kamboj-permanent-representative-india", "ruchira-kamboj-chair-ctc"], "ctc", "chair", [cite(SRC, "caption and paragraph 3")]),
  described("central-asian-states", "Ambassadors and other representatives of the five Central Asian Member States", [cite(SRC, "second photo caption and paragraph 5")], "presenter"),
];

export const statements: MeetingModule["statements"] = [
  said("ruchira-kamboj", 1, "opening-remarks", "She said Central Asia matters so much to the fight against terrorism that some of its States had been visited more than once, and mentioned the follow-up assessment visit to Uzbekistan concluded that month.", [cite(SRC, "paragraph 3")]),
  said("central-asian-states", 1, "presentation", "They described what they do against terrorism and the violent extremism that leads to it, under the Council's resolutions and the UN's Global Counter-Terrorism Strategy, with the progress made and the challenges left, especially in the face of evolving threats.", [cite(SRC, "paragraph 5")]),
];

export const { quotes, figures, corrections } = none;
