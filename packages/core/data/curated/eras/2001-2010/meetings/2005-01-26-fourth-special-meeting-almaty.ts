// 26-27 January 2005: the CTC's fourth special meeting with international, regional and subregional
// organizations, in Almaty (Kazakhstan), organized with the Commonwealth of Independent States.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2005-01-26-fourth-special-meeting-almaty";
const IRIN = "globalsecurity-irin-2005-01-27-almaty";
const NEWS = "globalsecurity-unnews-2005-01-19-kazakhstan";
const CTC = "ctc-cooperation-with-organizations";
const NAIROBI = "unnews-2007-11-action-plan";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Fourth special meeting of the Counter-Terrorism Committee",
    evidence: [cite(IRIN, "paragraph 1")],
    note: "No source gives a formal title; IRIN calls it the fourth special meeting of the Committee, and the CTC's page the fourth special meeting with international, regional and subregional organizations.",
  },
  alternateTitles: [
    { value: "Security Council counter-terrorism meeting in Kazakhstan to shine light on terror hotspots", evidence: [cite(NEWS, "headline")], note: "UN News headline announcing the meeting." },
    { value: "CENTRAL ASIA: UN counter-terrorism meeting", evidence: [cite(IRIN, "headline")], note: "IRIN headline." },
  ],
  dates: {
    value: { start: "2005-01-26", end: "2005-01-27" },
    evidence: [cite(IRIN, "dateline and paragraph 1")],
    note: "IRIN, writing on Thursday 27 January, says the meeting took place on Wednesday and Thursday.",
    alternatives: [{ value: { start: "2005-01-26", end: "2005-01-28" }, evidence: [cite(NEWS, "paragraph 2")], note: "UN News, a week before, announced it for 26 to 28 January." }],
    preferred: "IRIN reported after the meeting had taken place; UN News gave the planned dates in advance.",
  },
  type: { value: "special-meeting", evidence: [cite(IRIN, "paragraph 1"), cite(CTC, "paragraph 5")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(IRIN, "paragraph 1"), cite(CTC, "paragraphs 2 and 5")] },
    { organization: "cis", role: "host", evidence: [cite(CTC, "paragraph 5")] },
  ],
  venue: { value: { mode: "in-person", locations: [{ city: "Almaty", country: "Kazakhstan" }] }, evidence: [cite(IRIN, "paragraph 1"), cite(NAIROBI, "paragraph 5")] },
  objectives: [
    {
      value: "To widen the global counter-terrorism network in a region with deep-rooted terrorism, and to draw attention to Central Asia and streamline its countries' efforts.",
      evidence: [cite(NEWS, "paragraphs 1-3")],
      note: "Paraphrased from the Chairman's account before the meeting.",
    },
  ],
  summary: {
    value:
      "Dozens of international and regional organizations met the Committee in Almaty; the discussion turned on a common plan of action against terrorism, cutting off terrorist financing, the regional counter-terrorism centre, illicit trade in arms and drugs, and closer work between national and international counter-terrorism agencies.",
    evidence: [cite(IRIN, "paragraphs 1-2 and 5")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "terrorism-financing", "terrorism-crime-nexus"],
  series: {
    value: { name: "special meetings of the Counter-Terrorism Committee with international, regional and subregional organizations", number: 4 },
    evidence: [cite(IRIN, "paragraph 1"), cite(CTC, "paragraph 5"), cite(NEWS, "paragraph 2")],
  },
  related: [{ meeting: "2004-03-11-third-special-meeting-vienna", relation: "continues", evidence: [cite(CTC, "paragraph 5")] }],
  sources: [IRIN, NEWS, CTC, NAIROBI],
  notes: [
    "The sources name no speaker at the meeting itself: the Chairman (Andrey Denisov) and CTED's Executive Director (Javier Rupérez) spoke about it at a news conference in New York on 19 January, and IRIN quotes a Kazakh foreign ministry spokesman, Ilyas Omarov.",
    "Kazakhstan was chosen because it belongs to the CIS, then chaired by Russia, according to the Chairman.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-organizations"),
    meeting: MEETING,
    value: 70,
    unit: "organizations",
    measure: "organizations attending, as announced by CTED's Executive Director",
    asStated: "more than 70",
    approximate: true,
    evidence: [cite(NEWS, "paragraph 6")],
    note: "Stated a week before the meeting; IRIN speaks of dozens of international and regional organizations.",
  },
];

export const corrections: MeetingModule["corrections"] = [];
