// 27 February 2019: CTED launches its third Trends Report, on the gender dimensions of the response to
// returning foreign terrorist fighters, at a joint event with George Washington University.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2019-02-27-launch-trends-report-gender-dimensions";
const SRC = "ctc-2019-02-27-cted-launches-trends-report-gender-dimensions";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Joint launch event for the 3rd CTED Trends Report and George Washington University’s Paper Series",
    evidence: [cite(SRC, "photo caption after paragraph 3")],
    note: "The copy read has no headline; the page names the event in these words.",
  },
  alternateTitles: [
    {
      value: "The Gender Dimensions of the Response to Returning Foreign Terrorist Fighters",
      evidence: [cite(SRC, "paragraph 1")],
      note: "The title of the Trends Report launched.",
    },
    {
      value: "Examining Gender and the Future of Women in Violent Extremism",
      evidence: [cite(SRC, "paragraph 1")],
      note: "The title of George Washington University's paper series launched with it.",
    },
  ],
  dates: { value: { start: "2019-02-27", end: "2019-02-27" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "unknown", evidence: [cite(SRC, "paragraph 1")], note: "The page calls it a joint (launch) event; no meeting type of the vocabulary is stated." },
  organizers: [
    { organization: "cted", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "george-washington-university", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "germany", role: "host", evidence: [cite(SRC, "paragraph 1")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "Permanent Mission of the Federal Republic of Germany to the United Nations", city: "New York", country: "United States" }] },
    evidence: [cite(SRC, "paragraph 1")],
    note: "The page names the Mission; the city is that of the Missions to the United Nations.",
    confidence: 0.9,
  },
  summary: {
    value:
      "CTED presented its third Trends Report, on how responses to returning foreign terrorist fighters take gender into account, together with a George Washington University paper series on women in violent extremism. After remarks by Germany's ambassador and CTED's Executive Director, a panel moderated by UN Women discussed the gaps the report finds in research and policy.",
    evidence: [cite(SRC, "paragraphs 1-3 and 5")],
  },
  topics: ["gender", "foreign-terrorist-fighters", "research-network"],
  claims: [
    {
      value: "The report draws mainly on academic and think-tank research, much of it by CTED's Global Research Network.",
      evidence: [cite(SRC, "last paragraph")],
    },
  ],
  sources: [SRC],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("christoph-heusgen", ["christoph-heusgen-ambassador-germany"], "germany", "speaker", [cite(SRC, "paragraph 1")]),
  person("michele-coninsx", ["michele-coninsx-executive-director-cted"], "cted", "speaker", [cite(SRC, "paragraphs 1-2")]),
  person("idil-absiye", [], "un-women", "moderator", [cite(SRC, "paragraph 3")]),
  person("audrey-alexander", [], "george-washington-university", "presenter", [cite(SRC, "paragraphs 3 and 5")]),
  person("devorah-margolin", [], "kings-college-london", "presenter", [cite(SRC, "paragraph 3")]),
  person("aleksandra-dier", [], "cted", "presenter", [cite(SRC, "paragraphs 3 and 5")], { note: "Named among “CTED experts”." }),
  person("david-wells", [], "cted", "presenter", [cite(SRC, "paragraph 3")], { note: "Named among “CTED experts”." }),
];

export const statements: MeetingModule["statements"] = [
  said("michele-coninsx", 1, "remarks", "She said the report finds real gaps in how the role of gender in terrorism and violent extremism is understood and handled, and committed CTED to talking more with scholars, practitioners, experts and civil society.", [cite(SRC, "paragraph 2")]),
  said("audrey-alexander", 1, "presentation", "She asked how cases that do not fit stereotypes should be handled.", [cite(SRC, "paragraph 5")]),
  said("aleksandra-dier", 1, "presentation", "She said the report shows that policies against terrorism and violent extremism fall short when they ignore gender.", [cite(SRC, "paragraph 5")]),
];

export const { quotes, figures, corrections } = none;
