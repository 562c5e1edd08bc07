// 18 January 2002: the Security Council, in a public meeting, hears the Secretary-General and the first
// report of the Counter-Terrorism Committee's Chairman, Jeremy Greenstock, on the Committee's first 90 days.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2002-01-18-briefing-by-ctc-chairman";
const PR = "un-press-2002-01-18-sc7276";
const NEWS = "unnews-2002-01-18-council-hears-ctc-chair";
const IELR = "ielr-2002-03-01-council-hears-ctc-progress";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Council Hears over 40 Speakers; Committee Chairman Says Aim Is to Upgrade Government Performance against Terrorism",
    evidence: [cite(PR, "subheadings")],
    note: "No source read states the meeting's agenda item; the subheadings of the Council's press release (4453rd meeting) stand as the title.",
  },
  alternateTitles: [
    { value: "Security Council hears report by chair of UN counter-terrorism committee", evidence: [cite(NEWS, "headline")], note: "UN News headline." },
    { value: "UN Security Council Hears Progress of Counter-Terrorism Committee", evidence: [cite(IELR, "headline")], note: "Headline of a third-party report." },
  ],
  dates: {
    value: { start: "2002-01-18", end: "2002-01-18" },
    evidence: [cite(IELR, "paragraph 1")],
    note: "The press release and UN News say “today” without a date in the excerpts; the third-party report dates the briefing 18 January 2002.",
  },
  type: {
    value: "security-council-meeting",
    evidence: [cite(PR, "paragraph 1"), cite(NEWS, "paragraph 2")],
    note: "Both call it a public meeting of the Council; it included the Committee Chairman's briefing.",
    alternatives: [
      {
        value: "security-council-briefing",
        evidence: [cite(IELR, "paragraph 1"), cite(NEWS, "headline")],
        note: "The third-party report says the Chairman briefed the Council; UN News's headline says the Council heard his report.",
      },
    ],
    preferred: "The Council's own press release and the body of the UN News story call it a public meeting of the Council, at which over 40 speakers took the floor besides the Chairman's briefing.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  summary: {
    value:
      "The Council's public meeting on the Counter-Terrorism Committee opened with the Secretary-General, who asked the Committee for a long-term strategy, and heard the Chairman's account of the Committee's first 90 days (guidance on national reports, a directory of contact points, a pool of independent experts) and of how it would answer each State's report; over 40 speakers took the floor.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(NEWS, "paragraphs 2-6")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", date: "2001-09-28", evidence: [cite(PR, "paragraph 4"), cite(NEWS, "paragraph 2")] }],
  sources: [PR, NEWS, IELR],
  notes: ["The venue is not stated in the excerpts read.", "The other speakers (over 40 interventions) are not named in the excerpts."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("kofi-annan"),
    meeting: MEETING,
    person: "kofi-annan",
    roles: ["kofi-annan-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 1")],
  },
  {
    id: id("jeremy-greenstock"),
    meeting: MEETING,
    person: "jeremy-greenstock",
    roles: ["jeremy-greenstock-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1 and 3"), cite(NEWS, "paragraph 2"), cite(IELR, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("annan-long-term-strategy"),
    meeting: MEETING,
    participation: id("kofi-annan"),
    kind: "remarks",
    text: "Asked the Committee to devise a long-term strategy that lets every State take the difficult measures terrorism requires; argued that counter-terrorism succeeds only when peoples see it as necessary and legitimate, a legitimacy the United Nations is well placed to give, and that through the Committee Member States were building a global defence.",
    evidence: [cite(PR, "paragraphs 1-2")],
  },
  {
    id: id("greenstock-briefing"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Said resolution 1373 aims to lift the average performance of governments against terrorism by strengthening each country's laws and executive machinery, leaving no weak link; reported that in its first 90 days the Committee had issued reporting guidance, published a directory of contact points and chosen independent experts, and that 122 States had reported; floated a trust fund, and said the Committee would answer each report confidentially, possibly recommending legislation or pointing to assistance, without acting as a tribunal.",
    evidence: [cite(PR, "paragraph 3"), cite(NEWS, "paragraphs 2-6"), cite(IELR, "paragraph 1")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-states-reported"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    value: 122,
    unit: "States",
    measure: "States that had submitted reports to the Committee",
    asStated: "122",
    approximate: false,
    asOf: "2002-01-18",
    evidence: [cite(NEWS, "paragraph 5")],
  },
  {
    id: id("figure-interventions"),
    meeting: MEETING,
    value: 40,
    unit: "interventions",
    measure: "interventions heard by the Council at the meeting",
    asStated: "over 40",
    approximate: true,
    evidence: [cite(PR, "subheading and paragraph 1")],
  },
  {
    id: id("figure-first-period-days"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    value: 90,
    unit: "days",
    measure: "length of the Committee's first work period reported on",
    asStated: "90-day",
    approximate: false,
    evidence: [cite(NEWS, "paragraph 3"), cite(IELR, "paragraph 1")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
