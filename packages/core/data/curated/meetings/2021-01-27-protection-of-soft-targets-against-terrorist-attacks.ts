// E8, re-checked: 27 January 2021, virtual open briefing of the Counter-Terrorism Committee, "Protection of 'soft'
// targets against terrorist attacks".
import { cite } from "../anchor";
import { WEBTV_2021_01_27 } from "../sources-events";
import { type D } from "./common";

const MEETING = "2021-01-27-protection-of-soft-targets-against-terrorist-attacks";
const WEBTV = "webtv-2021-01-27-soft-targets";
const CONCEPT = "ctc-2021-01-27-soft-targets-concept";

export const meeting = {
  id: MEETING,
  title: { value: "Protection of ‘soft’ targets against terrorist attacks", evidence: [cite(WEBTV, "title")] },
  alternateTitles: [
    {
      value: "“Protection of ‘soft’ targets against terrorist attacks” - Virtual open briefing of the Counter-Terrorism Committee",
      evidence: [cite(WEBTV, "title")],
      note: "Title on UN Web TV.",
    },
  ],
  dates: { value: { start: "2021-01-27", end: "2021-01-27" }, evidence: [cite(WEBTV, "date")] },
  type: { value: "open-briefing", evidence: [cite(WEBTV, "title and paragraph 2")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(WEBTV, "title")] }],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(WEBTV, "title")] },
  objectives: [
    {
      value: "To let States, UN bodies, international and regional organizations, companies, civil society and scholars talk about today's threats and trends and the rules that apply to protecting “soft” targets, and share good practices for prevention, response, recovery and investigation.",
      evidence: [cite(WEBTV, "paragraph 2")],
    },
    { value: "To address links with other Council resolutions on protecting critical infrastructure, resolution 2341 (2017) among them.", evidence: [cite(WEBTV, "paragraph 2")] },
    { value: "To address the challenges, gaps and vulnerabilities in protecting “soft” targets, and the policies, instruments and tools developed to manage the risks.", evidence: [cite(WEBTV, "paragraph 3")] },
  ],
  summary: {
    value:
      "The briefing took up the protection of “soft” (vulnerable) targets such as crowded public spaces, which attract terrorists because they are open and lightly protected and whose attacks have grown in every region. Protection needs physical measures but also resilient communities and engagement with civil society, women, young people, teachers, social workers and religious and community leaders; most such sites are privately owned.",
    evidence: [cite(WEBTV, "paragraph 1"), cite(CONCEPT, "paragraphs 1-2")],
  },
  topics: ["soft-targets", "critical-infrastructure", "public-private-partnerships", "implementation-of-resolutions"],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Webcast (UN Web TV)",
      status: "ok",
      url: WEBTV_2021_01_27,
      evidence: [cite(WEBTV)],
      note: "The Web TV page of the briefing (asset 6226756873001), read at another address of the same asset.",
    },
  ],
  documents: [
    { symbol: "resolution 2341 (2017)", relation: "reference", evidence: [cite(WEBTV, "paragraph 2")] },
    { symbol: "resolution 2396 (2017)", relation: "framework", evidence: [cite(CONCEPT, "paragraph 3")] },
  ],
  sources: [WEBTV, CONCEPT],
  notes: ["No speaker is named in the pages read (the Web TV description and the concept text); the earlier record's link to the June 2019 briefing came from working notes, not from these pages, and is dropped."],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked against the Web TV page and the concept text." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [];
export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
