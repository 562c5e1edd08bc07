// E7, re-checked: 17 August 2020, virtual open briefing of the Committee on the updated "Technical guide to the
// implementation of Security Council resolution 1373 (2001) and other relevant resolutions".
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2020-08-17-updated-technical-guide";
const SRC = "ctc-2020-08-18-virtual-open-briefing-technical-guide";
const FEED = "ctc-feed-open-briefing-tag";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "The updated “Technical guide to the implementation of Security Council resolution 1373 (2001) and other relevant resolutions”",
    evidence: [cite(SRC, "headline"), cite(FEED, "item title")],
  },
  alternateTitles: [
    {
      value: "Counter-Terrorism Committee holds Virtual Open Briefing on the updated “Technical guide to the implementation of Security Council resolution 1373 (2001) and other relevant resolutions”",
      evidence: [cite(SRC, "headline"), cite(FEED, "item title")],
      note: "Headline of the CTC page.",
    },
  ],
  dates: {
    value: { start: "2020-08-17", end: "2020-08-17" },
    evidence: [cite(SRC, "paragraph 2")],
    note: "The page's dateline (18 August 2020) is its publication date; the body dates the briefing 17 August 2020.",
  },
  type: {
    value: "open-briefing",
    evidence: [cite(SRC, "headline"), cite(FEED, "channel (tag “Open Briefing”)")],
    alternatives: [{ value: "open-meeting", evidence: [cite(SRC, "paragraph 2")], note: "The body calls it an open meeting of the Committee, held online." }],
    preferred: "The headline and the CTC site's tag both call it an open briefing; the body's “open meeting” is a looser description.",
  },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "headline and paragraph 2")] }],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(SRC, "headline and paragraph 2")] },
  summary: {
    value:
      "The Committee presented the updated Technical Guide that CTED, at its request, prepared to reflect the resolutions adopted since the previous edition: it covers eight further counter-terrorism resolutions (among them on countering the financing of terrorism, biometrics, gender and the misuse of information and communications technologies) and is available in the six official UN languages.",
    evidence: [cite(SRC, "paragraphs 2-3")],
  },
  topics: ["implementation-of-resolutions", "terrorism-financing", "gender", "ict-and-internet"],
  documents: [
    { symbol: "Technical guide to the implementation of Security Council resolution 1373 (2001) and other relevant resolutions (updated edition)", relation: "outcome", date: "2020", evidence: [cite(SRC, "headline and paragraph 2")] },
    { symbol: "Technical Guide (previous iteration)", relation: "reference", date: "2017", evidence: [cite(SRC, "paragraph 2")] },
    { symbol: "Technical Guide", relation: "reference", date: "2009", evidence: [cite(SRC, "paragraph 3")] },
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(SRC, "paragraph 3")] },
    { symbol: "resolution 1535 (2004)", relation: "mandate", evidence: [cite(SRC, "paragraph 3")] },
    { symbol: "resolution 1624 (2005)", relation: "mandate", evidence: [cite(SRC, "paragraph 3")] },
    { symbol: "resolution 2178 (2014)", relation: "mandate", evidence: [cite(SRC, "paragraph 3")] },
  ],
  sources: [SRC, FEED],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked: title completed (“and other relevant resolutions”), type disagreement recorded, documents dated." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("kais-kabtani"),
    meeting: MEETING,
    person: "kais-kabtani",
    roles: ["kais-kabtani-chair-ctc", "kais-kabtani-permanent-representative-tunisia"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC, "paragraph 2")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-kabtani-opening"),
    meeting: MEETING,
    participation: id("kais-kabtani"),
    kind: "opening-remarks",
    text: "He said the Council had adopted eight more counter-terrorism resolutions since the 2017 edition of the Guide, on subjects from countering terrorist financing and biometrics to gender and the abuse of information technologies, and that the new edition, in all six official languages, includes all of their new elements.",
    evidence: [cite(SRC, "paragraph 2")],
  },
];

export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-resolutions-since-2017"),
    meeting: MEETING,
    participation: id("kais-kabtani"),
    value: 8,
    unit: "resolutions",
    measure: "counter-terrorism resolutions adopted by the Security Council since the previous edition of the Technical Guide (2017)",
    asStated: "eight",
    approximate: false,
    asOf: "2020-08-17",
    evidence: [cite(SRC, "paragraph 2")],
  },
  {
    id: id("figure-official-languages"),
    meeting: MEETING,
    participation: id("kais-kabtani"),
    value: 6,
    unit: "languages",
    measure: "official United Nations languages in which the updated Technical Guide is available",
    asStated: "six",
    approximate: false,
    asOf: "2020-08-17",
    evidence: [cite(SRC, "paragraph 2")],
  },
];

export const corrections: D["corrections"] = [];
