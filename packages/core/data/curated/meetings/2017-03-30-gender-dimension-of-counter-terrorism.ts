// E15: 30 March 2017, UN Women and CTED jointly brief the CTC on the gender dimension of counter-terrorism.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-03-30-gender-dimension-of-counter-terrorism";
const SRC = "ctc-2017-03-30-un-women-and-cted-brief-ctc-gender";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "The gender dimension of counter-terrorism", evidence: [cite(SRC)] },
  alternateTitles: [
    {
      value: "UN Women and CTED jointly brief Security Council Committee on gender dimension of counter-terrorism",
      evidence: [cite(SRC)],
      note: "Headline of the news page.",
    },
  ],
  dates: { value: { start: "2017-03-30", end: "2017-03-30" }, evidence: [cite(SRC)] },
  type: { value: "closed-briefing", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  summary: {
    value:
      "UN Women and CTED jointly briefed the Committee on the gender dimension of counter-terrorism. UN Women's global programme on preventing violent extremism works in four areas: research, policy, humanitarian engagement and women's participation.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["gender", "international-cooperation"],
  sources: [SRC],
  notes: ["The venue is not stated in the sources."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("lakshmi-puri"),
    meeting: MEETING,
    person: "lakshmi-puri",
    roles: ["lakshmi-puri-assistant-secretary-general-un-women"],
    organization: "un-women",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  {
    id: id("cted"),
    meeting: MEETING,
    organization: "cted",
    capacity: "participant",
    evidence: [cite(SRC)],
    note: "CTED briefed the Committee jointly with UN Women; its speaker is not named in the facts used.",
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-un-women-pve-projects"),
    meeting: MEETING,
    value: 27,
    unit: "projects",
    measure: "ongoing or planned UN Women projects on preventing violent extremism",
    asStated: "27 ongoing or planned projects",
    approximate: false,
    evidence: [cite(SRC)],
  },
  {
    id: id("figure-un-women-programme-areas"),
    meeting: MEETING,
    value: 4,
    unit: "areas",
    measure: "areas of work of UN Women's global programme on preventing violent extremism",
    asStated: "4 areas (research, policy, humanitarian engagement, women's participation)",
    approximate: false,
    evidence: [cite(SRC)],
  },
];

export const corrections: D["corrections"] = [];
