// 12 December 2016: side event "Enhancing Counter-Terrorism International Cooperation: 24/7", co-hosted by
// Spain (Council President), UNODC and CTED on the margins of the Council's adoption of resolution 2322.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-12-12-side-event-enhancing-counter-terrorism-international-cooperation";
const UNODC = "unodc-2016-12-side-event-international-cooperation";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Enhancing Counter-Terrorism International Cooperation: 24/7", evidence: [cite(UNODC, "paragraph 3")] },
  dates: {
    value: { start: "2016-12-12", end: "2016-12-12" },
    evidence: [cite(UNODC, "paragraphs 2-3")],
    note: "A side event to the Council's meeting of 12 December 2016.",
  },
  type: { value: "side-event", evidence: [cite(UNODC, "paragraph 3")] },
  organizers: [
    { organization: "spain", role: "co-organizer", evidence: [cite(UNODC, "paragraph 3")] },
    { organization: "unodc", role: "co-organizer", evidence: [cite(UNODC, "paragraph 3")] },
    { organization: "cted", role: "co-organizer", evidence: [cite(UNODC, "paragraph 3")] },
  ],
  summary: {
    value:
      "Nearly 100 people representing Member States and international and regional organizations heard judges, prosecutors and practitioners on effective, practical mechanisms for international cooperation against terrorism.",
    evidence: [cite(UNODC, "paragraphs 3-5")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["international-cooperation"],
  related: [{ meeting: "2016-12-12-security-council-adopts-resolution-2322", relation: "follow-up-to", evidence: [cite(UNODC, "paragraph 3")] }],
  sources: [UNODC],
  notes: ["The relation to the Council meeting is recorded as `follow-up-to` for want of an `on the margins of` relation. The venue is not stated."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("juan-manuel-gonzalez-de-linares-palou"), meeting: MEETING, organization: "spain", description: "H.E. Mr. Juan Manuel Gonzalez de Linares Palou, Deputy Permanent Representative of Spain to the United Nations in New York", capacity: "speaker", evidence: [cite(UNODC, "paragraph 4")], note: "Opened the event." },
  {
    id: id("david-scharia"),
    meeting: MEETING,
    person: "david-scharia",
    roles: ["david-scharia-deputy-head-atao-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(UNODC, "paragraph 4")],
    note: "Opened the event; the page spells his name 'Sharia'.",
  },
  { id: id("mauro-miedico"), meeting: MEETING, organization: "unodc", description: "Mr. Mauro Miedico, Chief a.i., UNODC Terrorism Prevention Branch", capacity: "speaker", evidence: [cite(UNODC, "paragraph 4")], note: "Opened the event." },
  { id: id("najat-abou-chakra"), meeting: MEETING, description: "Judge Najat Abou Chakra (Lebanon)", capacity: "speaker", evidence: [cite(UNODC, "paragraph 4")] },
  { id: id("luigi-marini"), meeting: MEETING, description: "Judge Luigi Marini, Italian Court of Cassation", capacity: "speaker", evidence: [cite(UNODC, "paragraph 4")] },
  { id: id("ethan-mennen"), meeting: MEETING, organization: "interpol", description: "Mr. Ethan Mennen, INTERPOL Specialized Officer", capacity: "speaker", evidence: [cite(UNODC, "paragraph 4")] },
  { id: id("giulia-lucchese"), meeting: MEETING, organization: "council-of-europe", description: "Ms. Giulia Lucchese, Counter-Terrorism Division of the Council of Europe", capacity: "speaker", evidence: [cite(UNODC, "paragraph 4")] },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-participants"),
    meeting: MEETING,
    value: 100,
    unit: "representatives",
    measure: "attendees from Member States and from international and regional organizations",
    asStated: "almost 100",
    approximate: true,
    evidence: [cite(UNODC, "paragraph 5")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
