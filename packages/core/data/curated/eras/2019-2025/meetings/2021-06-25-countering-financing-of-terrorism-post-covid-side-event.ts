// 25 June 2021: virtual high-level side event of France, India, UNODC, UNOCT, CTED and the 1267 Monitoring Team
// on countering the financing of terrorism after COVID-19, during the second UN Counter-Terrorism Week.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2021-06-25-countering-financing-of-terrorism-post-covid-side-event";
const SRC = "ctc-2021-06-25-side-event-cft-post-covid";
const { id, described } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Countering the financing of terrorism in the post COVID-19 landscape",
    evidence: [cite(SRC, "paragraph 1")],
    note: "The copy read has no headline; the title is the page's description of the side event (“a side event about countering the financing of terrorism in the post COVID-19 landscape”).",
  },
  dates: { value: { start: "2021-06-25", end: "2021-06-25" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "side-event", evidence: [cite(SRC, "paragraphs 1-2")] },
  organizers: [
    { organization: "france", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "india", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "unodc", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "unoct", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "cted", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "1267-monitoring-team", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
  ],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(SRC, "paragraph 2")] },
  summary: {
    value:
      "Held during the second UN Counter-Terrorism Week, the event looked at terrorist-financing threats and trends after COVID-19, especially the misuse of the digital space, the risks of virtual assets and other new financial tools, and how the pandemic affected the implementation of counter-financing measures and the UN's assistance to Member States.",
    evidence: [cite(SRC, "paragraphs 1-6")],
  },
  topics: ["terrorism-financing", "new-technologies", "international-cooperation"],
  documents: [{ symbol: "resolution 2462 (2019)", relation: "framework", evidence: [cite(SRC, "paragraph 4")] }],
  sources: [SRC],
  notes: [
    "The page writes the Office “of” Drugs and Crime for UNODC (see the source's defects).",
  ],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  described("panellists", "Panellists from France, India, the private sector and the Financial Action Task Force (FATF)", [cite(SRC, "paragraph 2")], "presenter"),
];

export const statements: MeetingModule["statements"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-participants"),
    meeting: MEETING,
    value: 172,
    unit: "participants",
    measure: "participants in the side event",
    asStated: "more than 172",
    approximate: true,
    evidence: [cite(SRC, "paragraph 2")],
  },
];

export const { quotes, corrections } = none;
