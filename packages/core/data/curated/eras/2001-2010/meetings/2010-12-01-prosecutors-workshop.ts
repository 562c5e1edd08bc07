// 1-3 December 2010: a three-day workshop at UN Headquarters for prosecutors from some 20 countries
// affected by terrorism, presented to the press by CTED's Executive Director, Mike Smith.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2010-12-01-prosecutors-workshop";
const PC = "un-press-2010-12-01-cted-press-conference";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Workshop of prosecutors from countries affected by terrorism",
    evidence: [cite(PC, "paragraphs 1-2")],
    note: "No source gives a title; composed from the press conference's account (a three-day workshop for prosecutors of about 20 countries that terrorism has hit).",
  },
  alternateTitles: [{ value: "Press Conference by Head of Counter-Terrorism Committee Executive Directorate", evidence: [cite(PC, "headline")], note: "Headline of the press conference report at which the workshop was presented." }],
  dates: { value: { start: "2010-12-01", end: "2010-12-03" }, evidence: [cite(PC, "paragraph 1")] },
  type: { value: "workshop", evidence: [cite(PC, "paragraph 2")] },
  organizers: [
    {
      organization: "cted",
      role: "convener",
      evidence: [cite(PC, "paragraphs 1-2")],
    },
  ],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PC, "paragraph 1")], note: "“at Headquarters”." },
  objectives: [
    { value: "To let prosecutors talk to one another, share experience and possibly compile lessons learned and good practices for wider use.", evidence: [cite(PC, "paragraph 2")], note: "Paraphrased." },
    { value: "To show that justice systems can prosecute terrorists within the rule of law.", evidence: [cite(PC, "paragraph 2")], note: "Paraphrased." },
  ],
  summary: {
    value:
      "Prosecutors from about 20 countries affected by terrorism met for three days to exchange information and good practice on bringing terrorists to justice, where evidence often lies in several countries and international cooperation is critical.",
    evidence: [cite(PC, "paragraphs 1-2")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions", "human-rights"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "framework", evidence: [cite(PC, "paragraph 3")] }],
  sources: [PC],
  notes: [
    "That CTED convened the workshop is the curators' reading of the press conference, where its Executive Director presented the workshop and its objectives; the page does not say so in as many words.",
    "No participant is recorded: the Executive Director spoke at the press conference, and his part in the workshop is not stated.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-countries"),
    meeting: MEETING,
    value: 20,
    unit: "countries",
    measure: "countries affected by terrorism whose prosecutors took part",
    asStated: "some 20",
    approximate: true,
    evidence: [cite(PC, "paragraph 1")],
  },
  {
    id: id("figure-countries-visited"),
    meeting: MEETING,
    value: 56,
    unit: "countries",
    measure: "countries CTED had visited",
    asStated: "some 56",
    approximate: true,
    asOf: "2010-12-01",
    evidence: [cite(PC, "paragraph 4")],
  },
  {
    id: id("figure-member-states-dialogue"),
    meeting: MEETING,
    value: 192,
    unit: "Member States",
    measure: "Member States with which CTED conducts its dialogue",
    asStated: "all 192",
    approximate: false,
    asOf: "2010-12-01",
    evidence: [cite(PC, "paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
