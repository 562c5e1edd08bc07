// 24 May 2013: the CTC's special event at UN Headquarters on countering terrorism through the use of new
// communications and information technologies.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2013-05-24-special-event-countering-terrorism-new-technologies";
const CTC = "ctc-2013-05-30-special-event-new-tech";
const BPW = "bioprepwatch-2013-council-briefed-counter-terrorism";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Countering terrorism through the use of new communications and information technologies",
    evidence: [cite(CTC, "headline"), cite(BPW, "paragraph 4")],
    note: "The headline reads “Special event on countering terrorism through the use of new communications and information technologies” (in capitals); the theme is taken without the words “special event on”.",
  },
  alternateTitles: [
    { value: "Special event on countering terrorism through the use of new communications and information technologies", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page (written in capitals)." },
  ],
  dates: { value: { start: "2013-05-24", end: "2013-05-24" }, evidence: [cite(CTC, "paragraph 1")] },
  type: {
    value: "special-event",
    evidence: [cite(CTC, "headline and paragraph 1")],
    note: "The page calls it a “special event”; it is not called a special meeting.",
  },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(CTC, "paragraph 1")] },
  objectives: [{ value: "To examine with Member States how terrorism connects with new communications and information technologies.", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "Member States, international organizations, companies and civil society discussed how terrorists exploit new technologies, in particular mobile phones used to communicate and move money, and ways to trace calls and transfers. Participants called for a coordinated, balanced approach that does not unduly restrict mobile banking and legitimate use, and that respects human rights in surveillance.",
    evidence: [cite(CTC, "paragraphs 1-6")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["ict-and-internet", "new-technologies", "terrorism-financing", "human-rights"],
  related: [{ meeting: "2013-05-10-briefing-by-chairs-of-counter-terrorism-committees", relation: "follow-up-to", evidence: [cite(BPW, "paragraph 4")] }],
  sources: [CTC, BPW],
  notes: ["The news report of the Council briefing of 10 May 2013 announces this event; it is cited for the theme, not as a report of the event."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("mohammed-loulichki"),
    meeting: MEETING,
    person: "mohammed-loulichki",
    roles: ["mohammed-loulichki-chair-ctc", "mohammed-loulichki-permanent-representative-morocco"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "photo caption and paragraphs 2-3")],
  },
  {
    id: id("weixiong-chen"),
    meeting: MEETING,
    person: "weixiong-chen",
    roles: ["weixiong-chen-deputy-executive-director-cted"],
    organization: "cted",
    capacity: "participant",
    evidence: [cite(CTC, "photo caption")],
    note: "Shown at the podium beside the Chair; no remarks are reported.",
  },
  {
    id: id("presenters"),
    meeting: MEETING,
    description: "Unnamed speakers from international organizations, companies and civil society",
    capacity: "presenter",
    evidence: [cite(CTC, "paragraph 4")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-loulichki"),
    meeting: MEETING,
    participation: id("mohammed-loulichki"),
    kind: "remarks",
    text: "The Chair warned that terrorist groups readily exploit new technologies to incite, prepare and carry out violence, and that States had to foresee terrorists' new methods and keep ahead of them instead of only reacting.",
    evidence: [cite(CTC, "paragraphs 2-3")],
  },
  {
    id: id("statement-presenters"),
    meeting: MEETING,
    participation: id("presenters"),
    kind: "presentation",
    text: "Presenters showed ways to trace calls and money transfers made by mobile phone, which also let law enforcement locate users.",
    evidence: [cite(CTC, "paragraph 4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
