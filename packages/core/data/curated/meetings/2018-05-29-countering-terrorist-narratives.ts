// E4: 29 May 2018, CTC open meeting on countering terrorist narratives and preventing terrorist use
// of the Internet (#CTNarratives): the annual open meeting required by resolution 2354 (2017).
import { cite } from "../anchor";
import { WEBTV_2018_05_29_PART_1 } from "../sources-events";
import { type D } from "./common";

const MEETING = "2018-05-29-countering-terrorist-narratives";
const SRC = "ctc-2018-05-30-open-meeting-ctnarratives";
const WEBTV = "webtv-2018-05-29-ctnarratives-part-1";

export const meeting = {
  id: MEETING,
  title: {
    value: "Countering terrorist narratives and preventing terrorist use of the Internet",
    evidence: [cite(SRC, "paragraph 1"), cite(SRC, "paragraphs 4-5 (the webcast links)")],
    note: "As the 2018 page words the theme (later meetings under resolution 2354 use “preventing the use of the Internet for terrorist purposes”).",
  },
  alternateTitles: [{ value: "#CTNarratives: Open meeting of the Counter-Terrorism Committee", evidence: [cite(SRC, "headline")], note: "Headline of the CTC's page." }],
  dates: { value: { start: "2018-05-29", end: "2018-05-29" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "open-meeting", evidence: [cite(SRC, "headline and paragraphs 1-2")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "cted", role: "supporter", evidence: [cite(SRC, "paragraph 2")] },
  ],
  objectives: [
    {
      value: "To encourage Member States to align their work on countering terrorist narratives with the framework and guidelines of resolution 2354 (2017): sharing trends and developments, effective measures, and ways to measure and evaluate them.",
      evidence: [cite(SRC, "paragraph 1")],
    },
  ],
  summary: {
    value:
      "The open meeting that resolution 2354 (2017) requires the Committee, supported by CTED, to hold at least once a year to take stock of developments worldwide in countering terrorist narratives. It also took account of resolutions 2395 and 2396 (2017), which address terrorists' use of the Internet, and of the Council's acknowledgement of the Tech Against Terrorism initiative of CTED, and recalled that all measures must comply with international human rights, refugee and humanitarian law.",
    evidence: [cite(SRC, "paragraphs 1-2")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "ict-and-internet", "public-private-partnerships", "implementation-of-resolutions", "human-rights"],
  sessions: [
    { id: "opening", kind: "opening", title: { value: "Opening", evidence: [cite(SRC, "paragraph 4")] } },
    { id: "session-1", kind: "thematic", number: 1 },
    { id: "session-2", kind: "thematic", number: 2 },
    { id: "session-3", kind: "thematic", number: 3 },
    { id: "session-4", kind: "thematic", number: 4 },
    { id: "closing", kind: "closing", title: { value: "Closing plenary", evidence: [cite(SRC, "paragraph 5")] } },
  ],
  media: [
    {
      id: "webcast-part-1",
      kind: "webcast",
      label: "Opening, Sessions I and II (UN Web TV)",
      status: "ok",
      url: WEBTV_2018_05_29_PART_1,
      evidence: [cite(SRC, "paragraph 4 (first webcast link)"), cite(WEBTV)],
    },
    {
      id: "webcast-part-2",
      kind: "webcast",
      label: "Sessions III and IV, and Closing plenary (UN Web TV)",
      status: "unrecorded",
      evidence: [cite(SRC, "paragraph 5 (second webcast link)")],
      note: "The page links this webcast, but the copy read is cut off in the middle of its address (before the asset number), so the address is not recorded.",
    },
  ],
  documents: [
    { symbol: "resolution 2354 (2017)", relation: "mandate", date: "2017-05", evidence: [cite(SRC, "paragraphs 1-2")] },
    { symbol: "resolution 2395 (2017)", relation: "reference", evidence: [cite(SRC, "paragraph 1")] },
    { symbol: "resolution 2396 (2017)", relation: "reference", evidence: [cite(SRC, "paragraph 1")] },
  ],
  series: { value: { name: "annual open meetings of the Counter-Terrorism Committee on countering terrorist narratives (resolution 2354 (2017))" }, evidence: [cite(SRC, "paragraph 2")] },
  mentions: [{ organization: "tech-against-terrorism", evidence: [cite(SRC, "paragraph 1")], note: "Named as CTED's initiative recognized by the Council; not said to take part." }],
  sources: [SRC, WEBTV],
  notes: [
    "The programme is known only from the titles of the two webcasts: the sessions have no titles of their own in the sources.",
    "The venue and the speakers are not stated in the excerpt read.",
  ],
  review: { state: "curated", checked: "2026-12-02" },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [];
export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
