// E10: 28-29 October 2022, CTC special meeting in Mumbai and New Delhi, "Countering the use of new
// and emerging technologies for terrorist purposes". Known from press reports, not the CTC site.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2022-10-28-new-and-emerging-technologies";
const SRC = "idsa-2022-11-16-delhi-declaration";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "Countering the use of new and emerging technologies for terrorist purposes", evidence: [cite(SRC)] },
  dates: { value: { start: "2022-10-28", end: "2022-10-29" }, evidence: [cite(SRC)] },
  type: { value: "special-meeting", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  venue: {
    value: {
      mode: "in-person",
      locations: [
        { name: "Mumbai", city: "Mumbai", country: "India", dates: { start: "2022-10-28", end: "2022-10-28" } },
        { name: "New Delhi", city: "New Delhi", country: "India", dates: { start: "2022-10-29", end: "2022-10-29" } },
      ],
    },
    evidence: [cite(SRC)],
    note: "The sources name the cities, not the buildings: each location's name is its city.",
  },
  summary: {
    value:
      "A special meeting of the Committee held in India, opening in Mumbai with a tribute to the victims of the 26/11 attacks and continuing in New Delhi. It focused on the Internet and social media, new payment technologies and fundraising methods, and unmanned aerial systems, and ended with the unanimous adoption of the Delhi Declaration. India pledged US$500,000 to the UN Trust Fund for Counter-Terrorism.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["new-technologies", "ict-and-internet", "terrorism-financing", "international-cooperation"],
  sessions: [
    {
      id: "opening",
      kind: "opening",
      date: "2022-10-28",
      summary: { value: "Opening in Mumbai, with a tribute to the victims of the 26/11 attacks.", evidence: [cite(SRC)] },
    },
  ],
  documents: [
    {
      symbol: "Delhi Declaration",
      relation: "outcome",
      evidence: [cite(SRC)],
    },
  ],
  sources: [SRC],
  notes: [
    "Uncertain, the sources disagree: whether this was the first meeting of the Committee away from New York since 2015.",
    "The Delhi Declaration was adopted unanimously.",
    "The meeting was not found on the CTC site; it is known from press reports.",
  ],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("ruchira-kamboj"),
    meeting: MEETING,
    person: "ruchira-kamboj",
    roles: ["ruchira-kamboj-permanent-representative-india"],
    organization: "india",
    capacity: "chair",
    evidence: [cite(SRC)],
  },
  {
    id: id("s-jaishankar"),
    meeting: MEETING,
    person: "s-jaishankar",
    roles: ["s-jaishankar-external-affairs-minister-india"],
    organization: "india",
    capacity: "keynote",
    evidence: [cite(SRC)],
  },
  {
    id: id("james-cleverly"),
    meeting: MEETING,
    person: "james-cleverly",
    roles: ["james-cleverly-foreign-secretary-united-kingdom"],
    organization: "united-kingdom",
    capacity: "participant",
    evidence: [cite(SRC)],
    note: "Named in the reports of the meeting; his part in it is not stated.",
  },
  {
    id: id("india"),
    meeting: MEETING,
    organization: "india",
    capacity: "participant",
    evidence: [cite(SRC)],
    note: "India pledged US$500,000 to the UN Trust Fund for Counter-Terrorism.",
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-india-pledge-trust-fund"),
    meeting: MEETING,
    participation: id("india"),
    value: 500_000,
    unit: "USD",
    measure: "India's pledge to the UN Trust Fund for Counter-Terrorism",
    asStated: "US$500,000",
    approximate: false,
    evidence: [cite(SRC)],
  },
];

export const corrections: D["corrections"] = [];
