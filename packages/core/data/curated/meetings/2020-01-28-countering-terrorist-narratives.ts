// E6, re-checked: 28 January 2020, open meeting of the Committee under resolution 2354 (2017) on countering
// terrorist narratives and preventing the use of the Internet for terrorist purposes, UN Headquarters.
import { cite } from "../anchor";
import { type D, prefixer, UN_HQ } from "./common";

const MEETING = "2020-01-28-countering-terrorist-narratives";
const SRC = "ctc-2020-01-31-open-meeting-terrorist-narratives";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Countering terrorist narratives and preventing the use of the Internet for terrorist purposes",
    evidence: [cite(SRC, "headline")],
  },
  alternateTitles: [
    {
      value: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives and preventing the use of the Internet for terrorist purposes",
      evidence: [cite(SRC, "headline")],
      note: "Headline of the CTC page.",
    },
  ],
  dates: {
    value: { start: "2020-01-28", end: "2020-01-28" },
    evidence: [cite(SRC, "paragraph 2")],
    note: "The page's dateline (31 January 2020) is its publication date; the body dates the meeting 28 January 2020.",
  },
  type: { value: "open-meeting", evidence: [cite(SRC, "paragraphs 2 and 4")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraphs 2 and 4")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(SRC, "paragraph 2")] },
  summary: {
    value:
      "Under resolution 2354 (2017), which welcomed the Committee's framework for countering terrorist narratives, the Committee took stock of what was being done worldwide against such narratives. The Chair described how the speed and reach of today's communications had widened the effort beyond removing online propaganda; CTED's Executive Director stressed that all such measures must comply with international law.",
    evidence: [cite(SRC, "paragraphs 1-5")],
  },
  topics: ["terrorist-narratives", "ict-and-internet", "human-rights", "implementation-of-resolutions"],
  documents: [
    { symbol: "resolution 2354 (2017)", relation: "mandate", evidence: [cite(SRC, "paragraph 4")] },
    { symbol: "S/2017/375", relation: "framework", evidence: [cite(SRC, "paragraph 4")] },
  ],
  related: [{ meeting: "2018-05-29-countering-terrorist-narratives", relation: "continues", evidence: [cite(SRC, "paragraph 4"), cite("ctc-2018-05-30-open-meeting-ctnarratives")] }],
  sources: [SRC],
  notes: ["The mirror copy is defaced with an injected spam line; no injected text is used in this record."],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked: the title had been shortened; the posts are now as the page words them." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("moncef-baati"),
    meeting: MEETING,
    person: "moncef-baati",
    roles: ["moncef-baati-permanent-representative-tunisia", "moncef-baati-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC, "paragraph 2")],
  },
  {
    id: id("michele-coninsx"),
    meeting: MEETING,
    person: "michele-coninsx",
    roles: ["michele-coninsx-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 5")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-baati-opening"),
    meeting: MEETING,
    participation: id("moncef-baati"),
    kind: "opening-remarks",
    text: "He said terrorists had always tried to radicalize others, especially the young, but that today's speed and reach, carried by the fastest expansion of mass communications ever, were new; efforts had therefore moved beyond removing and filtering online propaganda towards countering terrorist narratives, an emphasis that grew at the UN and in the Council from 2017.",
    evidence: [cite(SRC, "paragraphs 1-3")],
  },
  {
    id: id("statement-coninsx-international-law"),
    meeting: MEETING,
    participation: id("michele-coninsx"),
    kind: "remarks",
    text: "She insisted that whatever States do against terrorist narratives has to respect international law, human rights law included.",
    evidence: [cite(SRC, "paragraph 5")],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
