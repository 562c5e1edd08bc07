// 18 November 2021: joint special meeting of the Counter-Terrorism Committee and the ISIL (Da'esh) and Al-Qaida
// Sanctions Committee on terrorist-financing threats and trends and resolution 2462 (2019).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none, UN_HQ } from "../helpers";

const MEETING = "2021-11-18-joint-special-meeting-terrorist-financing";
const SRC = "ctc-2021-11-22-joint-special-meeting-terrorist-financing";
const { person, described, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Terrorist-financing threats and trends and the implementation of Security Council resolution 2462 (2019)", evidence: [cite(SRC, "paragraph 2")] },
  dates: {
    value: { start: "2021-11-18", end: "2021-11-18" },
    evidence: [cite(SRC, "paragraph 2")],
    note: "The page's dateline (22 November 2021) is its publication date; the body dates the meeting Thursday, 18 November 2021.",
  },
  type: { value: "joint-special-meeting", evidence: [cite(SRC, "paragraph 2")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 2")] },
    { organization: "1267-committee", role: "convener", evidence: [cite(SRC, "paragraph 2")] },
  ],
  venue: { value: { mode: "hybrid", locations: [UN_HQ] }, evidence: [cite(SRC, "paragraphs 2-3")] },
  summary: {
    value:
      "Held under resolution 2462 (2019), the Council's first resolution dealing only with terrorist financing, the meeting reviewed trends and threats: how ISIL, Al-Qaida and terrorists driven by xenophobia, racism and intolerance raise funds, links with organized crime, the abuse of virtual assets and crowdfunding, the exploitation of natural resources, risks of cash and money transfer services, and regional vulnerabilities.",
    evidence: [cite(SRC, "paragraphs 3-4")],
  },
  topics: ["terrorism-financing", "terrorism-crime-nexus", "new-technologies"],
  documents: [{ symbol: "resolution 2462 (2019)", relation: "mandate", evidence: [cite(SRC, "paragraph 3")] }],
  claims: [{ value: "The meeting was held under paragraph 36 of resolution 2462 (2019).", evidence: [cite(SRC, "paragraph 3")] }],
  sources: [SRC],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("tarek-ladeb", ["tarek-ladeb-permanent-representative-tunisia", "tarek-ladeb-chair-ctc"], "ctc", "chair", [cite(SRC, "paragraph 1")]),
  described("participants", "Representatives of Member States, UN bodies, international and regional organizations and civil society groups", [cite(SRC, "paragraph 3")]),
];

export const statements: MeetingModule["statements"] = [
  said("tarek-ladeb", 1, "remarks", "He said terrorists everywhere still raise money in many ways: abusing legitimate businesses and non-profit organizations, exploiting natural resources, donations and crowdfunding, and through crime.", [cite(SRC, "paragraph 1")]),
];

export const { quotes, figures, corrections } = none;
