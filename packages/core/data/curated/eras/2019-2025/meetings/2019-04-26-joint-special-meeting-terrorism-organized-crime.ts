// 26 April 2019: joint special meeting of the Counter-Terrorism Committee, the ISIL (Da'esh) and Al-Qaida
// Sanctions Committee and the Taliban Sanctions Committee on the nexus between terrorism and organized crime.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2019-04-26-joint-special-meeting-terrorism-organized-crime";
const SRC = "ctc-2019-04-26-joint-special-meeting-terrorism-organized-crime";
const LIST = "ctc-news-articles-listing-2021";
const { person, represented, described, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The nexus between international terrorism and organized crime",
    evidence: [cite(SRC, "paragraph 1")],
    alternatives: [
      {
        value: "The nexus between international terrorism and transnational organized crime",
        evidence: [cite(LIST, "first item (photo caption)")],
        note: "The caption of the article's photo on the CTC news listing adds “transnational”.",
      },
    ],
    preferred: "The article itself (its first paragraph) states the theme; the listing's wording is a photo caption.",
  },
  alternateTitles: [
    {
      value: "Three Security Council committees hold joint special meeting on linkages between terrorism and organized crime",
      evidence: [cite(SRC)],
      note: "Headline as the page's address gives it (the copy read does not show the headline).",
      confidence: 0.7,
    },
  ],
  dates: { value: { start: "2019-04-26", end: "2019-04-26" }, evidence: [cite(SRC, "paragraph 1"), cite(LIST, "first item")] },
  type: { value: "joint-special-meeting", evidence: [cite(SRC, "paragraph 1"), cite(LIST, "first item")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "1267-committee", role: "convener", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "1988-committee", role: "convener", evidence: [cite(SRC, "paragraph 1")] },
  ],
  summary: {
    value:
      "The three committees met with Council members, other Member States, academia, international and regional organizations and partners from CTED's Global Research Network to compare regions and the strategies, responses and lessons of States confronting the ties between terrorism and organized crime, and the need for closer domestic, regional and international cooperation.",
    evidence: [cite(SRC, "paragraphs 1 and 5")],
  },
  topics: ["terrorism-crime-nexus", "international-cooperation", "research-network"],
  sessions: [{ id: "opening", kind: "opening", title: { value: "Opening of the Joint Special meeting", evidence: [cite(SRC, "heading before paragraph 3")] } }],
  sources: [SRC, LIST],
  notes: ["The venue is not stated in the copies read."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("gustavo-meza-cuadra", ["gustavo-meza-cuadra-chair-ctc"], "ctc", "chair", [cite(SRC, "paragraph 3")], { session: "opening" }),
  person("dian-triansyah-djani", ["dian-triansyah-djani-chair-1267-committee", "dian-triansyah-djani-chair-1988-committee"], "1267-committee", "chair", [cite(SRC, "paragraph 4")], { session: "opening" }),
  described("security-council-members", "Security Council members", [cite(SRC, "paragraph 1")]),
  described("member-states", "United Nations Member States, academic institutions and international and regional organizations", [cite(SRC, "paragraph 1")]),
  represented("global-research-network", [cite(SRC, "paragraph 1")], "Partners from CTED's Global Research Network took part."),
];

export const statements: MeetingModule["statements"] = [
  said("gustavo-meza-cuadra", 1, "opening-remarks", "He called for coordinated efforts at every level against the links between terrorism and organized crime, including closer work between law enforcement and prosecutors, as joint investigative units and prosecution authorities already show.", [cite(SRC, "paragraph 3")]),
  said("dian-triansyah-djani", 1, "opening-remarks", "He asked for cooperation and exchange of information that are better organized, so that these challenges can be met.", [cite(SRC, "paragraph 4")]),
];

export const { quotes, figures, corrections } = none;
