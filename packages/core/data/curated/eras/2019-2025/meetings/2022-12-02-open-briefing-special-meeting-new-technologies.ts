// 2 December 2022: open briefing of the Counter-Terrorism Committee presenting the proceedings and outcomes of
// its special meeting in India on new and emerging technologies.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none, UN_HQ } from "../helpers";

const MEETING = "2022-12-02-open-briefing-special-meeting-new-technologies";
const CTC = "ctc-2022-12-02-open-briefing-special-meeting-new-technologies";
const PMI = "pmi-new-york-2022-12-02-kamboj-opening-remarks";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Open briefing of the Counter-Terrorism Committee to present the proceedings and outcomes of the Committee’s Special Meeting on Countering the use of new & emerging technologies for terrorist purposes",
    evidence: [cite(PMI, "title")],
  },
  alternateTitles: [
    { value: "CTC holds open briefing on its special meeting on countering use of new, emerging technologies for terrorist purposes", evidence: [cite(CTC, "headline")], note: "Headline of the CTC page." },
  ],
  dates: { value: { start: "2022-12-02", end: "2022-12-02" }, evidence: [cite(CTC, "dateline"), cite(PMI, "date line")] },
  startTime: { value: "11:00", evidence: [cite(PMI, "date line")], note: "11:00 a.m. to 1:00 p.m." },
  type: { value: "open-briefing", evidence: [cite(CTC, "headline and paragraph 1"), cite(PMI, "title")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(CTC, "dateline")], note: "The dateline reads “UN Headquarters”." },
  summary: {
    value:
      "The Committee reported on its October 2022 special meeting in India, what happened there and what comes next, and of the Delhi Declaration adopted there: recommendations, to be finalized within weeks, on terrorist financing, drones and information and communications technologies, and non-binding guiding principles for Member States.",
    evidence: [cite(CTC, "paragraphs 1-5"), cite(PMI, "paragraphs 2-4")],
  },
  topics: ["new-technologies", "ict-and-internet", "terrorism-financing"],
  documents: [{ symbol: "Delhi Declaration on countering the use of new and emerging technologies for terrorist purposes", relation: "reference", evidence: [cite(CTC, "paragraphs 1-5")] }],
  related: [{ meeting: "2022-10-28-new-and-emerging-technologies", relation: "follow-up-to", evidence: [cite(CTC, "paragraph 1"), cite(PMI, "paragraph 2")] }],
  claims: [
    {
      value: "The Chair described the special meeting as the Committee's first meeting away from Headquarters since 2015 and only the seventh special meeting it had held outside New York since 2001.",
      evidence: [cite(PMI, "paragraph 3")],
    },
  ],
  sources: [CTC, PMI],
  notes: ["The Chair's remarks as published by India's Mission date the special meeting to 28 and 29 “December” 2022; it was held in October (see the source's defects)."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("ruchira-kamboj", ["ruchira-kamboj-permanent-representative-india", "ruchira-kamboj-chair-ctc"], "ctc", "chair", [cite(CTC, "paragraph 2"), cite(PMI, "heading")]),
];

export const statements: MeetingModule["statements"] = [
  said("ruchira-kamboj", 1, "opening-remarks", "She said the Delhi Declaration committed the Committee to recommendations on the special meeting's three themes, to be finalized within three weeks, and to non-binding guiding principles; the meeting had looked ahead, at how threats from new technologies may grow as those technologies spread, and at what States and other stakeholders must do now.", [cite(CTC, "paragraphs 2-5"), cite(PMI, "paragraphs 4-6")]),
];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-special-meetings-outside-new-york"),
    meeting: MEETING,
    participation: id("ruchira-kamboj"),
    value: 7,
    unit: "special meetings",
    measure: "special meetings the Committee has held outside New York since 2001 (counting the one in India)",
    asStated: "7th",
    approximate: false,
    asOf: "2022-12-02",
    evidence: [cite(PMI, "paragraph 3")],
  },
];

export const { quotes, corrections } = none;
