// 7 November 2016: Security Council open debate on peace operations facing asymmetrical threats, at
// which CTED's Executive Director, Jean-Paul Laborde, spoke.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-11-07-security-council-open-debate-peace-operations-asymmetrical-threats";
const CTC = "ctc-2016-11-open-debate-asymmetrical-threats";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Peace operations facing asymmetrical threats", evidence: [cite(CTC, "paragraph 1")] },
  alternateTitles: [
    { value: "Security Council open debate highlights rapidly growing ‘asymmetrical threats’ to United Nations peace operations", evidence: [cite(CTC, "page address")], note: "The CTC page's title, as its address gives it." },
  ],
  dates: { value: { start: "2016-11-07", end: "2016-11-07" }, evidence: [cite(CTC, "paragraph 1")] },
  type: { value: "security-council-open-debate", evidence: [cite(CTC, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "Some 60 participants, from Member States, UN entities and international and regional organizations, took part. CTED's Executive Director described the links between local and regional terrorism, violent extremism and organized crime as a threat to peace and to peacekeepers, most of whom serve where terrorism is present, and called CTED and peace operations partners with complementary mandates.",
    evidence: [cite(CTC, "paragraphs 1-5")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["international-cooperation", "terrorism-crime-nexus", "implementation-of-resolutions"],
  sources: [CTC],
  notes: ["The page, on the CTC's site, reports only CTED's contribution to the debate; the mirror's wording of his post omits 'Executive Directorate' once."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("jean-paul-laborde"),
    meeting: MEETING,
    person: "jean-paul-laborde",
    roles: ["jean-paul-laborde-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraphs 2-5")],
  },
  { id: id("participants"), meeting: MEETING, description: "Delegates from Member States, UN entities and international and regional bodies", capacity: "participant", evidence: [cite(CTC, "paragraph 1")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-laborde"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    kind: "briefing",
    text: "He said the close ties between local and regional terrorism, violent extremism and organized crime endanger international peace, with about two thirds of peacekeepers deployed where terrorism and violent extremism are present; he described CTED, which independently evaluates States' counter-terrorism capacity, and peace operations as partners, and urged a 'one UN' approach and better coordination among UN entities, organizations and bilateral donors to deliver the assistance the Committee and CTED identify.",
    evidence: [cite(CTC, "paragraphs 2-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-participants"),
    meeting: MEETING,
    value: 60,
    unit: "participants",
    measure: "participants in the open debate",
    asStated: "some 60",
    approximate: true,
    evidence: [cite(CTC, "paragraph 1")],
  },
  {
    id: id("figure-peacekeepers-share"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    value: 0.67,
    unit: "share of peacekeepers",
    measure: "share of peacekeepers operating where terrorism and violent extremism are present (about two thirds)",
    asStated: "An estimated two thirds",
    approximate: true,
    evidence: [cite(CTC, "paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
