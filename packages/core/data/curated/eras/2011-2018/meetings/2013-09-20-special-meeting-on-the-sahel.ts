// 20 September 2013: the CTC's special meeting in New York with Member States and international,
// regional and subregional organizations on strengthening counter-terrorism capacities in the Sahel.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, NEW_YORK, prefixer } from "../helpers";

const MEETING = "2013-09-20-special-meeting-on-the-sahel";
const DSG = "un-dsg-2013-09-20-statement-special-meeting-sahel";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Special Meeting of the Counter-Terrorism Committee with Member States and International, Regional and Subregional Organizations on the Sahel",
    evidence: [cite(DSG, "title")],
    note: "As the Deputy Secretary-General's statement names it; the statement writes “Members States”, repaired here.",
  },
  dates: { value: { start: "2013-09-20", end: "2013-09-20" }, evidence: [cite(DSG, "dateline")] },
  type: { value: "special-meeting", evidence: [cite(DSG, "title and paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(DSG, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [NEW_YORK] }, evidence: [cite(DSG, "dateline")], note: "The statement is datelined New York; the building is not named." },
  objectives: [{ value: "To take stock of work to build the counter-terrorism capacity of Sahel States.", evidence: [cite(DSG, "paragraph 1")] }],
  summary: {
    value:
      "Member States and international, regional and subregional organizations met with the Committee on the Sahel. Opening for the Secretary-General, the Deputy Secretary-General described a region exposed to armed conflict, terrorism, arms and drug trafficking and organized crime, and urged integrated strategies with effective, rights-compliant law enforcement and border control.",
    evidence: [cite(DSG, "paragraphs 1-7")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions", "human-rights"],
  sessions: [{ id: "opening", kind: "opening", title: { value: "Opening", evidence: [cite(DSG, "title")] } }],
  sources: [DSG],
  notes: ["Only the Deputy Secretary-General's opening statement was read; the other speakers are not known from it."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("jan-eliasson"),
    meeting: MEETING,
    session: "opening",
    person: "jan-eliasson",
    roles: ["jan-eliasson-deputy-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(DSG, "title, byline and paragraph 1")],
  },
  {
    id: id("participants"),
    meeting: MEETING,
    description: "Member States and international, regional and subregional organizations",
    capacity: "participant",
    evidence: [cite(DSG, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-eliasson"),
    meeting: MEETING,
    session: "opening",
    participation: id("jan-eliasson"),
    kind: "opening-remarks",
    text: "Speaking for the Secretary-General, he thanked the Committee, described the Sahel as caught in a dangerous mix of conflict, terrorism, trafficking and organized crime that erodes State authority and development, and called for integrated strategies involving all of society, with law enforcement and border control that respect human rights, refugee and humanitarian law.",
    evidence: [cite(DSG, "paragraphs 1-7")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
