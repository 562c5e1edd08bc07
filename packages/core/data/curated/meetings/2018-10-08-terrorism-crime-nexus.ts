// E5: 8 October 2018, CTC open briefing on the nexus between international terrorism and
// transnational organized crime (#TerrorCrimeNexus), organised with UNODC and UNICRI.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2018-10-08-terrorism-crime-nexus";
const SRC = "ctc-2018-10-09-open-briefing-terrorcrimenexus";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "The nexus between international terrorism and transnational organized crime",
    evidence: [cite(SRC)],
  },
  alternateTitles: [{ value: "#TerrorCrimeNexus", evidence: [cite(SRC)], note: "The hashtag under which the briefing was announced." }],
  dates: { value: { start: "2018-10-08", end: "2018-10-08" }, evidence: [cite(SRC)] },
  type: { value: "open-briefing", evidence: [cite(SRC)] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(SRC)] },
    { organization: "unodc", role: "co-organizer", evidence: [cite(SRC)] },
    { organization: "unicri", role: "co-organizer", evidence: [cite(SRC)] },
  ],
  objectives: [
    {
      value: "To understand the links between terrorism and trafficking in persons, drugs and arms, and to discuss responses to them.",
      evidence: [cite(SRC)],
      note: "Paraphrased.",
    },
  ],
  topics: ["terrorism-crime-nexus", "international-cooperation"],
  media: [
    { id: "webcast", kind: "webcast", label: "Webcast", status: "unrecorded", evidence: [cite(SRC)] },
    { id: "photos", kind: "photos", label: "Photos", status: "unrecorded", evidence: [cite(SRC)] },
    { id: "concept-note", kind: "concept-note", label: "Concept note and agenda", status: "unrecorded", evidence: [cite(SRC)] },
    { id: "chairs-summary", kind: "summary", label: "Chair’s summary", status: "unrecorded", evidence: [cite(SRC)] },
  ],
  sources: [SRC],
  notes: ["The Executive Director of CTED, who made a statement, is not named in the source."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

const presenter = (personId: string, organization: string) => ({
  id: id(personId),
  meeting: MEETING,
  person: personId,
  organization,
  capacity: "presenter" as const,
  evidence: [cite(SRC)],
});

export const participations: D["participations"] = [
  {
    id: id("gustavo-meza-cuadra"),
    meeting: MEETING,
    person: "gustavo-meza-cuadra",
    roles: ["gustavo-meza-cuadra-permanent-representative-peru", "gustavo-meza-cuadra-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC, "Opening remarks")],
  },
  {
    id: id("cted-executive-director"),
    meeting: MEETING,
    organization: "cted",
    description: "The Executive Director of CTED (not named in the source)",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  presenter("leif-villadsen", "unicri"),
  presenter("delphine-schantz", "cted"),
  presenter("thomas-pietschmann", "unodc"),
  presenter("matt-schroeder", "small-arms-survey"),
  presenter("simonetta-grassi", "unodc"),
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
