// 15 February 2024: Security Council debate on the Secretary-General's eighteenth report on the threat posed by
// ISIL (Da'esh), briefed jointly by UNOCT, INTERPOL and CTED.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2024-02-15-joint-briefing-18th-isil-report";
const SRC = "ctc-2024-02-joint-briefing-18th-report-isil";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Eighteenth report of the Secretary-General on the threat posed by ISIL (Da’esh) to international peace and security and the range of United Nations efforts in support of Member States in countering the threat",
    evidence: [cite(SRC, "paragraph 2")],
  },
  alternateTitles: [{ value: "Joint briefing to the Security Council on the Eighteenth report of the Secretary-General on the threat posed by ISIL (Da’esh)", evidence: [cite(SRC, "headline")], note: "Headline of the CTC page (its quotation marks are mis-decoded in the copy read)." }],
  dates: { value: { start: "2024-02-15", end: "2024-02-15" }, evidence: [cite(SRC, "paragraph 2")] },
  type: {
    value: "security-council-briefing",
    evidence: [cite(SRC, "headline and paragraph 2")],
    note: "The headline calls it a joint briefing to the Council; the body calls the meeting a thematic debate (not a type of the vocabulary).",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC, "paragraph 2")] }],
  summary: {
    value:
      "The Council discussed the Secretary-General's report, which found that Da'esh and its affiliates, despite losses of leaders and money, were still able to strike and to threaten places beyond where they operate, with a risk of resurgence in Iraq and Syria and a deteriorating situation in parts of the Sahel and West Africa. CTED's Executive Director stressed that Africa now accounts for about half of terrorist acts worldwide.",
    evidence: [cite(SRC, "paragraphs 2-4")],
  },
  topics: ["foreign-terrorist-fighters", "international-cooperation", "implementation-of-resolutions"],
  sources: [SRC],
  notes: ["The report's document symbol is lost in the copy read (an empty link); the venue is not stated."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("vladimir-voronkov", ["vladimir-voronkov-usg-unoct"], "unoct", "speaker", [cite(SRC, "paragraph 2")]),
  person("jurgen-stock", ["jurgen-stock-secretary-general-interpol"], "interpol", "speaker", [cite(SRC, "paragraph 2")]),
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(SRC, "paragraphs 2 and 4")]),
];

export const statements: MeetingModule["statements"] = [
  said("natalia-gherman", 1, "briefing", "She said Africa now accounts for about half of the world's terrorist acts, the central Sahel alone for about a quarter, and that supporting African States and partners against these trends is a priority of the UN counter-terrorism architecture.", [cite(SRC, "paragraph 4")]),
];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-africa-share-of-terrorist-acts"),
    meeting: MEETING,
    participation: id("natalia-gherman"),
    value: 0.5,
    unit: "share of terrorist acts worldwide",
    measure: "terrorist acts worldwide that took place in Africa",
    asStated: "approximately half",
    approximate: true,
    asOf: "2024-02-15",
    evidence: [cite(SRC, "paragraph 4")],
  },
  {
    id: id("figure-central-sahel-share"),
    meeting: MEETING,
    participation: id("natalia-gherman"),
    value: 0.25,
    unit: "share of terrorist acts worldwide",
    measure: "terrorist acts worldwide that took place in the central Sahel",
    asStated: "about 25%",
    approximate: true,
    asOf: "2024-02-15",
    evidence: [cite(SRC, "paragraph 4")],
  },
];

export const { quotes, corrections } = none;
