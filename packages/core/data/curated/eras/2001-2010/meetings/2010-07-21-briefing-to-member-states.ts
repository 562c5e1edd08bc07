// 21 July 2010: the CTC Chairman, Ertuğrul Apakan, and CTED's Executive Director brief the UN Member
// States; CTED presents on technical assistance and on terrorist financing.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2010-07-21-briefing-to-member-states";
const ST = "turkuno-2010-07-21-apakan-briefing";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Briefing on the work of the Counter-Terrorism Committee to the Member States of the United Nations",
    evidence: [cite(ST, "heading and paragraph 3")],
    note: "No source gives a title; composed from the Chairman's statement, as for the briefing of 8 April 2010.",
  },
  alternateTitles: [
    {
      value: "Briefing by H.E. Mr. Ertuğrul Apakan, Chairman of the Counter-Terrorism Committee, to the Member States of the United Nations",
      evidence: [cite(ST, "heading")],
      note: "Title of the Chairman's statement on the Turkish mission's site.",
    },
  ],
  dates: { value: { start: "2010-07-21", end: "2010-07-21" }, evidence: [cite(ST, "byline date")] },
  type: { value: "briefing-to-member-states", evidence: [cite(ST, "heading and paragraphs 1-4")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(ST, "paragraphs 1-2")] }],
  summary: {
    value:
      "The Chairman reported to the UN membership on the Committee's work since 8 April, the Executive Director on CTED's recent and planned activities, and CTED gave two presentations: on facilitating technical assistance and capacity-building, and on terrorist financing and its links with organized crime and new payment technologies.",
    evidence: [cite(ST, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "terrorism-financing", "terrorism-crime-nexus", "new-technologies"],
  sessions: [
    {
      id: "presentation-1",
      kind: "thematic",
      number: 1,
      title: {
        value: "Facilitation of technical assistance and capacity-building for Member States",
        evidence: [cite(ST, "paragraph 2")],
        note: "CTED's first presentation, given pursuant to resolution 1373.",
      },
    },
    {
      id: "presentation-2",
      kind: "thematic",
      number: 2,
      title: { value: "Terrorist financing: links with transnational organized crime and new payment technologies", evidence: [cite(ST, "paragraph 2")], note: "CTED's second presentation." },
    },
  ],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(ST, "paragraphs 2 and 6")] },
    { symbol: "resolution 1624 (2005)", relation: "mandate", evidence: [cite(ST, "paragraph 6")] },
  ],
  related: [{ meeting: "2010-04-08-briefing-to-member-states", relation: "continues", evidence: [cite(ST, "paragraph 4")] }],
  sources: [ST],
  notes: ["The venue is not stated in the excerpt."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ertugrul-apakan"),
    meeting: MEETING,
    person: "ertugrul-apakan",
    roles: ["ertugrul-apakan-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(ST, "heading and paragraph 1")],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(ST, "paragraph 3")],
  },
  {
    id: id("cted"),
    meeting: MEETING,
    organization: "cted",
    capacity: "presenter",
    evidence: [cite(ST, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("apakan"),
    meeting: MEETING,
    participation: id("ertugrul-apakan"),
    onBehalfOf: ["ctc"],
    kind: "opening-remarks",
    text: "Thanked Member States for their interest in these briefings, which encouraged the Committee to hold them more often; said recent bombings showed resolutions 1373 and 1624 to be as relevant as ever and the Committee central to promoting their implementation; and recalled the more transparent approach and streamlined methods adopted earlier in the year.",
    evidence: [cite(ST, "paragraphs 1 and 5-7")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
