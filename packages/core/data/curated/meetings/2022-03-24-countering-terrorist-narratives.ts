// E9, re-checked: 24 March 2022, the Committee's third open meeting under resolution 2354 (2017) on countering
// terrorist narratives and preventing the use of the Internet for terrorist purposes, ECOSOC Chamber.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2022-03-24-countering-terrorist-narratives";
const SRC = "ctc-2022-03-24-open-meeting-terrorist-narratives";
const PMI = "pmi-new-york-2022-03-24-tirumurti-opening-statement";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Countering terrorist narratives and preventing the use of the Internet for terrorist purposes",
    evidence: [cite(SRC, "headline and paragraph 1"), cite(PMI, "title")],
  },
  alternateTitles: [
    {
      value: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives and preventing the use of the Internet for terrorist purposes",
      evidence: [cite(SRC, "headline")],
      note: "Headline of the CTC page.",
    },
  ],
  dates: { value: { start: "2022-03-24", end: "2022-03-24" }, evidence: [cite(SRC, "paragraph 1"), cite(PMI, "date line")] },
  type: { value: "open-meeting", evidence: [cite(SRC, "headline and paragraph 1"), cite(PMI, "title")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraphs 1 and 4")] }],
  venue: {
    value: { mode: "in-person", locations: [{ name: "Economic and Social Council Chamber, United Nations Headquarters", city: "New York", country: "United States" }] },
    evidence: [cite(SRC, "paragraph 1"), cite(PMI, "date line")],
  },
  summary: {
    value:
      "Under resolution 2354 (2017), whose fifth anniversary fell in May 2022, the Committee met openly for the third time to take stock of work worldwide against terrorist narratives. The Chair described how terrorists had exploited pandemic-related grievances online; CTED's Acting Executive Director called for positive narratives offering hope and legitimate paths to address grievances, besides rejecting calls to violence.",
    evidence: [cite(SRC, "paragraphs 2-5")],
  },
  topics: ["terrorist-narratives", "ict-and-internet", "implementation-of-resolutions"],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Live webcast (recording on the Committee's website)",
      status: "unrecorded",
      evidence: [cite(PMI, "paragraph 5")],
      note: "The Chair said the meeting was webcast live and the recording would be on the Committee's website; its address was not found.",
    },
  ],
  documents: [
    { symbol: "resolution 2354 (2017)", relation: "mandate", evidence: [cite(SRC, "paragraph 4")] },
    { symbol: "S/2017/375", relation: "framework", evidence: [cite(SRC, "paragraph 4")] },
  ],
  related: [{ meeting: "2020-01-28-countering-terrorist-narratives", relation: "continues", evidence: [cite(SRC, "paragraph 4")] }],
  series: {
    value: { name: "Open meetings of the Counter-Terrorism Committee under resolution 2354 (2017) reviewing developments in countering terrorist narratives", number: 3 },
    evidence: [cite(SRC, "paragraph 4")],
  },
  claims: [
    { value: "It was the Committee's first open meeting on the theme since the outbreak of the COVID-19 pandemic.", evidence: [cite(PMI, "paragraph 7")] },
    { value: "Participants were invited to post about the meeting with the hashtag #CTNarratives.", evidence: [cite(PMI, "paragraph 4")] },
  ],
  sources: [SRC, PMI],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked: the title had been shortened; venue, series number, webcast and statements added from the pages." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("t-s-tirumurti"),
    meeting: MEETING,
    person: "t-s-tirumurti",
    roles: ["t-s-tirumurti-permanent-representative-india", "t-s-tirumurti-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC, "paragraph 2"), cite(PMI, "heading")],
  },
  {
    id: id("weixiong-chen"),
    meeting: MEETING,
    person: "weixiong-chen",
    roles: ["weixiong-chen-acting-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 5")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-tirumurti-opening"),
    meeting: MEETING,
    participation: id("t-s-tirumurti"),
    kind: "opening-remarks",
    text: "He said terrorists had used pandemic-related grievances, conspiracy theories and disinformation over the past two years to deepen divisions and distrust in institutions, and that understanding how online narratives lead to offline effects, on solid evidence, remained a priority.",
    evidence: [cite(SRC, "paragraphs 2-3")],
  },
  {
    id: id("statement-chen"),
    meeting: MEETING,
    participation: id("weixiong-chen"),
    kind: "remarks",
    text: "He said rejecting calls to terrorist violence was not enough: positive narratives were needed too, offering hope and a vision of the future and addressing grievances through legitimate paths of social development.",
    evidence: [cite(SRC, "paragraph 5")],
  },
];

export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-resolution-2354-anniversary"),
    meeting: MEETING,
    value: 5,
    unit: "years",
    measure: "anniversary of resolution 2354 (2017), reached in May 2022",
    asStated: "fifth anniversary",
    approximate: false,
    evidence: [cite(SRC, "paragraph 4")],
  },
];

export const corrections: D["corrections"] = [];
