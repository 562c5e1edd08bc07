// E8: 27 January 2021, CTC virtual open briefing "Protection of 'soft' targets against terrorist
// attacks", a follow-up to the seed briefing of 27 June 2019 on the same theme.
import { cite } from "../anchor";
import { WEBTV_2021_01_27 } from "../sources-events";
import { type D } from "./common";

const MEETING = "2021-01-27-protection-of-soft-targets-against-terrorist-attacks";
const WEBTV = "webtv-2021-01-27-soft-targets";
const CONCEPT = "ctc-2021-01-27-soft-targets-concept";

export const meeting = {
  id: MEETING,
  title: { value: "Protection of ‘soft’ targets against terrorist attacks", evidence: [cite(WEBTV, "Title")] },
  alternateTitles: [
    {
      value: "“Protection of ‘soft’ targets against terrorist attacks” - Virtual open briefing of the Counter-Terrorism Committee",
      evidence: [cite(WEBTV, "Title")],
      note: "Title on UN Web TV.",
    },
  ],
  dates: { value: { start: "2021-01-27", end: "2021-01-27" }, evidence: [cite(WEBTV)] },
  type: { value: "open-briefing", evidence: [cite(WEBTV, "Title")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(WEBTV)] }],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(WEBTV, "Title")] },
  summary: {
    value:
      "Attacks on “soft” (vulnerable) targets have increased in every region. Protecting them takes physical measures and also resilient communities and engagement with civil society, religious and community leaders, women, educators, youth and social workers; most such sites are privately owned.",
    evidence: [cite(CONCEPT), cite(WEBTV)],
    note: "Curators' summary of the concept text, in our own words.",
  },
  topics: ["soft-targets", "critical-infrastructure", "public-private-partnerships", "implementation-of-resolutions"],
  media: [{ id: "webcast", kind: "webcast", label: "Webcast (UN Web TV)", status: "ok", url: WEBTV_2021_01_27, evidence: [cite(WEBTV)] }],
  documents: [
    { symbol: "resolution 2341 (2017)", relation: "reference", evidence: [cite(CONCEPT)] },
    { symbol: "resolution 2396 (2017)", relation: "reference", evidence: [cite(CONCEPT)] },
  ],
  related: [
    {
      meeting: "2019-06-27-protection-of-soft-targets",
      relation: "follow-up-to",
      evidence: [cite(CONCEPT), cite("webtv-2019-06-27-soft-targets")],
    },
  ],
  sources: [WEBTV, CONCEPT],
  notes: ["No speakers are named in the sources used."],
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
