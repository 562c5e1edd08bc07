// E1: 11 May 2017, Security Council briefing by the chairs of the counter-terrorism subsidiary bodies.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-05-11-briefing-by-counter-terrorism-committee-chairs";
const SRC = "ctc-2017-05-11-briefing-by-committee-chairs";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Briefing by the chairs of the counter-terrorism subsidiary bodies of the Security Council",
    evidence: [cite(SRC)],
    note: "Described after the page; the facts file gives no official title.",
  },
  dates: { value: { start: "2017-05-11", end: "2017-05-11" }, evidence: [cite(SRC)] },
  type: { value: "security-council-briefing", evidence: [cite(SRC)] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC)] }],
  summary: {
    value:
      "The Security Council heard a joint statement of its counter-terrorism committees: they and their expert groups had coordinated country visits and shared information on terrorist financing, an open briefing had been held on cutting terrorist groups off from funding, and CTED and the 1267 Monitoring Team had worked together on preventing terrorist use of ICT and the Internet.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "ict-and-internet", "international-cooperation", "implementation-of-resolutions"],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Webcast of the briefing",
      status: "target-lost",
      evidence: [cite(SRC)],
      note: "The copy lost the link's target; not recovered.",
    },
    {
      id: "here-link",
      kind: "document",
      label: "here",
      status: "target-lost",
      evidence: [cite(SRC)],
      note: "A bare “here” link whose target the copy lost; what it pointed to is not known.",
    },
  ],
  sources: [SRC],
  notes: ["The chairs of the 1267/1989/2253 Committee and of the 1540 Committee are not named in the source."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-permanent-representative-egypt", "amr-abdellatif-aboulatta-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-aboulatta-joint"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    onBehalfOf: ["ctc", "1267-committee", "1540-committee"],
    kind: "joint-statement",
    text: "Reported that the three committees and their expert groups had coordinated country visits and shared information on terrorist financing, that an open briefing had been held on cutting terrorist groups off from funding, and that CTED and the 1267 Monitoring Team had worked together on preventing terrorist use of ICT and the Internet.",
    evidence: [cite(SRC)],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
