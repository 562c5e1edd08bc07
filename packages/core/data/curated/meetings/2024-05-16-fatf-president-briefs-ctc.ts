// E13, re-checked: 16 May 2024, the FATF President briefs members and observers of the Counter-Terrorism Committee
// in New York, at a briefing organized by CTED.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2024-05-16-fatf-president-briefs-ctc";
const SRC = "ctc-2024-05-fatf-president-briefs-cted-and-ctc";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "International standards against the financing of terrorism",
    evidence: [cite(SRC, "headline and paragraph 1")],
    note: "The theme as the headline states it (“… on international standards against the financing of terrorism”).",
  },
  alternateTitles: [
    {
      value: "Financial Action Task Force President briefs CTED and CTC members and observers on international standards against the financing of terrorism",
      evidence: [cite(SRC, "headline")],
      note: "Headline of the CTC page.",
    },
  ],
  dates: { value: { start: "2024-05-16", end: "2024-05-16" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "briefing-to-members", evidence: [cite(SRC, "paragraph 1")], note: "A briefing to members and observers of the Committee, organized by CTED." },
  organizers: [{ organization: "cted", role: "host", evidence: [cite(SRC, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [{ city: "New York", country: "United States" }] }, evidence: [cite(SRC, "paragraph 1")], note: "The page names the city only." },
  summary: {
    value:
      "At a briefing organized by CTED, the FATF President told members and observers of the Committee about the FATF's efforts and difficulties in having its standards against terrorist financing implemented and about global progress in compliance, including the recent revision of Recommendation 8 on protecting non-profit organizations from abuse. He also met CTED's Executive Director.",
    evidence: [cite(SRC, "paragraphs 1-4")],
  },
  topics: ["terrorism-financing", "implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "FATF Recommendation 8 (revised), its interpretive note and best practices paper", relation: "reference", evidence: [cite(SRC, "paragraph 4")] }],
  sources: [SRC],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked: title and posts as the page states them; type as stated (a briefing organized by CTED), statements added." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("t-raja-kumar"),
    meeting: MEETING,
    person: "t-raja-kumar",
    roles: ["t-raja-kumar-president-fatf"],
    organization: "fatf",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraphs 1 and 4")],
  },
  {
    id: id("natalia-gherman"),
    meeting: MEETING,
    person: "natalia-gherman",
    roles: ["natalia-gherman-executive-director-cted"],
    organization: "cted",
    capacity: "chair",
    evidence: [cite(SRC, "paragraph 2")],
    note: "She opened the briefing.",
  },
  {
    id: id("nacim-gaouaoui"),
    meeting: MEETING,
    person: "nacim-gaouaoui",
    roles: ["nacim-gaouaoui-charge-d-affaires-algeria"],
    organization: "algeria",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 3")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-gherman"),
    meeting: MEETING,
    participation: id("natalia-gherman"),
    kind: "opening-remarks",
    text: "She thanked the FATF for its engagement with the Committee and CTED, and described CTED's work with the FATF and the FATF-style regional bodies as an important channel for exchanging information on individual States' progress and on regional and global trends.",
    evidence: [cite(SRC, "paragraph 2")],
  },
  {
    id: id("statement-gaouaoui"),
    meeting: MEETING,
    participation: id("nacim-gaouaoui"),
    kind: "remarks",
    text: "He stressed the FATF's role in setting global standards against the financing of terrorism and proliferation, and said close cooperation between the UN, the Council in particular, and the FATF was essential to the international counter-terrorism architecture.",
    evidence: [cite(SRC, "paragraph 3")],
  },
  {
    id: id("statement-kumar"),
    meeting: MEETING,
    participation: id("t-raja-kumar"),
    kind: "briefing",
    text: "He updated members on the FATF's work against terrorist financing, in particular the recent revision of Recommendation 8, its interpretive note and best practices on protecting the non-profit sector from abuse.",
    evidence: [cite(SRC, "paragraph 4")],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
