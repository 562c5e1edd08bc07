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
    evidence: [cite(SRC), cite(WEBTV, "Title")],
  },
  alternateTitles: [{ value: "#CTNarratives", evidence: [cite(SRC)], note: "The hashtag under which the meeting was announced." }],
  dates: { value: { start: "2018-05-29", end: "2018-05-29" }, evidence: [cite(SRC)] },
  type: { value: "open-meeting", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  summary: {
    value:
      "The open meeting that resolution 2354 (2017) requires at least once a year on countering terrorist narratives. It also reflected resolutions 2395 (2017) and 2396 (2017) and CTED's Tech Against Terrorism initiative.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "ict-and-internet", "public-private-partnerships", "implementation-of-resolutions"],
  sessions: [
    { id: "opening", kind: "opening", title: { value: "Opening", evidence: [cite(WEBTV, "Title")] } },
    { id: "session-1", kind: "thematic", number: 1 },
    { id: "session-2", kind: "thematic", number: 2 },
    { id: "session-3", kind: "thematic", number: 3 },
    { id: "session-4", kind: "thematic", number: 4 },
    { id: "closing", kind: "closing", title: { value: "Closing plenary", evidence: [cite(SRC, "Webcasts")] } },
  ],
  media: [
    {
      id: "webcast-part-1",
      kind: "webcast",
      label: "Opening, Sessions I and II (UN Web TV)",
      status: "ok",
      url: WEBTV_2018_05_29_PART_1,
      evidence: [cite(WEBTV)],
    },
    {
      id: "webcast-part-2",
      kind: "webcast",
      label: "Sessions III and IV, and Closing plenary (UN Web TV)",
      status: "unrecorded",
      evidence: [cite(SRC, "Webcasts")],
      note: "The second webcast is known by its title; its address is not recorded.",
    },
  ],
  documents: [
    { symbol: "resolution 2354 (2017)", relation: "mandate", evidence: [cite(SRC)] },
    { symbol: "resolution 2395 (2017)", relation: "reference", evidence: [cite(SRC)] },
    { symbol: "resolution 2396 (2017)", relation: "reference", evidence: [cite(SRC)] },
  ],
  sources: [SRC, WEBTV],
  notes: [
    "The programme is known only from the titles of the two webcasts: the sessions have no titles of their own in the sources.",
    "The venue is not stated in the sources.",
    "Tech Against Terrorism is named as an initiative of CTED; the record does not say it took part in the meeting.",
  ],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [];
export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
