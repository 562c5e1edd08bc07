// 12 November 2024: CTED's virtual launch of its Trends Tracker on the financing of foreign terrorist fighters'
// activity, 2014-2024.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2024-11-12-trends-tracker-launch-ftf-financing";
const SRC = "ctc-2024-11-cted-trends-tracker-launch";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Trends Tracker | Evolving Trends in the Financing of Foreign Terrorist Fighters’ Activity: 2014 – 2024", evidence: [cite(SRC, "headline and paragraph 1")] },
  alternateTitles: [{ value: "CTED holds virtual launch event for “Trends Tracker | Evolving Trends in the Financing of Foreign Terrorist Fighters’ Activity: 2014 – 2024”", evidence: [cite(SRC, "headline")], note: "Headline of the CTC page." }],
  dates: { value: { start: "2024-11-12", end: "2024-11-12" }, evidence: [cite(SRC, "caption and paragraph 1")] },
  type: { value: "unknown", evidence: [cite(SRC, "paragraph 1")], note: "A virtual launch event; no meeting type of the vocabulary is stated." },
  organizers: [{ organization: "cted", role: "host", evidence: [cite(SRC, "paragraph 1")] }],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(SRC, "headline and paragraph 1")] },
  summary: {
    value:
      "CTED launched a Trends Tracker on how the money flows around foreign terrorist fighters' travel and activities changed over ten years, from simple methods to sophisticated, technology-based ones, as the fighters' locations and circumstances changed; the discussion confirmed that these trends now combine in many dimensions.",
    evidence: [cite(SRC, "paragraphs 2-4")],
  },
  topics: ["foreign-terrorist-fighters", "terrorism-financing", "new-technologies"],
  sources: [SRC],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("david-scharia", ["david-scharia-director-technical-expertise-research-branch-cted"], "cted", "speaker", [cite(SRC, "paragraph 3")], { note: "Named “Director and Chief of Branch of CTED” on this page." }),
  person("svetlana-martynova", ["svetlana-martynova-senior-legal-officer-cted"], "cted", "speaker", [cite(SRC, "paragraph 4")]),
];

export const statements: MeetingModule["statements"] = [
  said("david-scharia", 1, "opening-remarks", "He expected technology to keep shaping how foreign terrorist fighters are financed, with more and more sophisticated use of new financial technologies as they spread.", [cite(SRC, "paragraph 3")]),
  said("svetlana-martynova", 1, "presentation", "She said what makes these trends hard to address is how they merge and change, even inside one campaign, from the raising of funds to whoever finally receives them: the threat is multidimensional rather than linear.", [cite(SRC, "paragraph 4")]),
];

export const { quotes, figures, corrections } = none;
