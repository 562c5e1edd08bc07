// 8-10 November 2009: three-day workshop in Dhaka, conducted by the United Nations, to build counter-
// terrorism cooperation among South Asian police and prosecutors; the first of a CTED-associated series.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED } from "../helpers";

const MEETING = "2009-11-08-south-asia-workshop-dhaka";
const PC = "un-press-2009-11-13-cted-press-conference";
const RCSS = "rcss-2010-06-08-colombo-workshop";
const GC = "globalcenter-eighth-south-asia-workshop-event";

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Workshop to build counter-terrorism cooperation between countries in South Asia",
    evidence: [cite(PC, "paragraph 2")],
    note: "No source gives a title; composed from the CTED press conference's description of the workshop.",
  },
  alternateTitles: [{ value: "Press Conference by Chief, Counter-Terrorism Committee Executive Directorate", evidence: [cite(PC, "headline")], note: "Headline of the press conference at which the workshop was presented." }],
  dates: {
    value: { start: "2009-11-08", end: "2009-11-10" },
    evidence: [cite(RCSS, "paragraph 3"), cite(PC, "paragraph 2"), cite(GC, "paragraph 2")],
    note: "The press conference of Friday 13 November 2009 places the three-day workshop earlier that week; the Colombo co-organizer's page gives 8 to 10 November 2009.",
  },
  type: { value: "workshop", evidence: [cite(PC, "paragraph 2"), cite(RCSS, "paragraph 3")] },
  organizers: [{ organization: "united-nations", role: "convener", evidence: [cite(PC, "paragraph 2")] }],
  venue: { value: { mode: "in-person", locations: [{ city: "Dhaka", country: "Bangladesh" }] }, evidence: [cite(PC, "paragraph 2"), cite(RCSS, "paragraph 3")] },
  objectives: [
    {
      value: "To build counter-terrorism cooperation among the countries of South Asia, a region long affected by terrorist activity.",
      evidence: [cite(PC, "paragraph 2")],
      note: "Paraphrased.",
    },
  ],
  summary: {
    value:
      "A three-day meeting in Dhaka of police and prosecutors from South Asia on working together against terrorism across borders; CTED's Executive Director presented it in New York as part of an effort to foster regional cooperation where political constraints had held it back, and it opened a series of workshops that continued in Colombo in June 2010.",
    evidence: [cite(PC, "paragraphs 1-4"), cite(RCSS, "paragraph 3"), cite(GC, "paragraph 2")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  series: {
    value: { name: "regional workshops for police officers, prosecutors and judges in South Asia on effectively countering terrorism", number: 1 },
    evidence: [cite(GC, "paragraph 2"), cite(RCSS, "paragraph 3")],
    confidence: 0.9,
    note: "The list of the seven workshops before the eighth starts with Dhaka, November 2009; the number is read from that order.",
  },
  mentions: [{ organization: "saarc", evidence: [cite(PC, "paragraph 4")], note: "Cited by CTED's Executive Director as the first regional body with a counter-terrorism convention (1987)." }],
  claims: [
    {
      value: "Presenting the workshop, CTED's Executive Director said that regional cooperation matters because most terrorists operate across borders, citing recent attacks in Peshawar, Kabul and Mumbai and Sri Lanka's experience.",
      evidence: [cite(PC, "paragraphs 1-2")],
      note: "Said at the press conference in New York on 13 November 2009, not at the workshop.",
    },
  ],
  sources: [PC, RCSS, GC],
  notes: ["No participant of the workshop is named in the sources read; CTED's role beyond presenting it is not stated for this workshop (the later ones are described as held in association with CTED)."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
