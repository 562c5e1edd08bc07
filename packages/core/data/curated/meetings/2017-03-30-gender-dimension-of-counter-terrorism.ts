// E15: 30 March 2017, UN Women and CTED jointly brief the CTC on the gender dimension in counter-terrorism
// efforts and the implementation of resolution 2242 (2015).
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-03-30-gender-dimension-of-counter-terrorism";
const SRC = "ctc-2017-03-30-un-women-and-cted-brief-ctc-gender";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Gender dimension in counter-terrorism efforts",
    evidence: [cite(SRC, "headline")],
    note: "The theme as the headline words it; the page says the briefing was about putting resolution 2242 (2015) into practice in the Committee's work, above all as regards women's roles.",
  },
  alternateTitles: [
    {
      value: "UN Women and CTED jointly brief Security Council Committee on gender dimension in counter-terrorism efforts",
      evidence: [cite(SRC, "headline")],
      note: "Headline of the CTC's page.",
    },
  ],
  dates: { value: { start: "2017-03-30", end: "2017-03-30" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "joint-briefing", evidence: [cite(SRC, "headline and paragraph 1")], note: "The Committee received a joint briefing from CTED and UN Women; the page does not say whether it was open or closed." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "CTED and UN Women briefed the Committee together on advancing resolution 2242 (2015) in its work against terrorism and violent extremism, as regards women's roles. UN Women described its global programme on preventing violent extremism (research, policy development, humanitarian engagement and women's participation) and its 27 ongoing or planned projects, and praised its growing cooperation with CTED.",
    evidence: [cite(SRC, "paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["gender", "implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 2242 (2015)", relation: "framework", evidence: [cite(SRC, "paragraphs 1 and 4-5")] }],
  sources: [SRC],
  notes: ["The venue is not stated; CTED's speaker is not named in the excerpt read."],
  review: { state: "curated", checked: "2026-12-02" },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("lakshmi-puri"),
    meeting: MEETING,
    person: "lakshmi-puri",
    roles: ["lakshmi-puri-assistant-secretary-general-un-women"],
    organization: "un-women",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraphs 2 and 4")],
  },
  {
    id: id("cted"),
    meeting: MEETING,
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 1")],
    note: "CTED briefed the Committee jointly with UN Women; its speaker is not named in the excerpt read.",
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-lakshmi-puri"),
    meeting: MEETING,
    participation: id("lakshmi-puri"),
    kind: "briefing",
    text: "She said the threat's complexity means women cannot be cast in a single role, since they are perpetrators, supporters and victims; she described UN Women's programme and projects, said resolution 2242 (2015) widened the tools against terrorism by calling for gender-sensitive research into why women radicalize, and welcomed ever-closer cooperation with CTED, including on bringing a gender dimension into country assessments, analytical reports and technical-assistance recommendations.",
    evidence: [cite(SRC, "paragraphs 2-4")],
  },
];

export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-un-women-pve-projects"),
    meeting: MEETING,
    participation: id("lakshmi-puri"),
    value: 27,
    unit: "projects",
    measure: "ongoing or planned UN Women projects on preventing violent extremism",
    asStated: "27",
    approximate: false,
    asOf: "2017-03-30",
    evidence: [cite(SRC, "paragraph 3")],
  },
];

export const corrections: D["corrections"] = [];
