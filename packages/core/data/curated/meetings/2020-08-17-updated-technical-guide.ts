// E7: 17 August 2020, CTC virtual open briefing on the updated Technical Guide to the implementation
// of resolution 1373 (2001).
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2020-08-17-updated-technical-guide";
const SRC = "ctc-2020-08-18-virtual-open-briefing-technical-guide";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Updated Technical Guide to the implementation of Security Council resolution 1373 (2001)",
    evidence: [cite(SRC)],
  },
  dates: {
    value: { start: "2020-08-17", end: "2020-08-17" },
    evidence: [cite(SRC)],
    note: "The page's dateline says 18 August 2020; its body gives 17 August 2020 as the date of the briefing.",
  },
  type: { value: "open-briefing", evidence: [cite(SRC)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC)] }],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(SRC)] },
  summary: {
    value:
      "A virtual open briefing presenting the updated Technical Guide to the implementation of resolution 1373 (2001), which takes account of the counter-terrorism resolutions adopted since its 2017 edition and is available in the six official languages of the United Nations. An earlier edition of the guide dates from 2009; CTED was asked to update it.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(SRC)] }],
  sources: [SRC],
  notes: ["An earlier edition of the Technical Guide dates from 2009 (a date, kept here rather than as a figure)."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("kais-kabtani"),
    meeting: MEETING,
    person: "kais-kabtani",
    roles: ["kais-kabtani-chair-ctc", "kais-kabtani-permanent-representative-tunisia"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC)],
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-resolutions-since-2017-edition"),
    meeting: MEETING,
    value: 8,
    unit: "resolutions",
    measure: "further counter-terrorism resolutions adopted since the 2017 edition of the Technical Guide",
    asStated: "8 further counter-terrorism resolutions",
    approximate: false,
    evidence: [cite(SRC)],
  },
  {
    id: id("figure-languages-of-the-guide"),
    meeting: MEETING,
    value: 6,
    unit: "languages",
    measure: "official UN languages in which the updated guide is available",
    asStated: "the 6 official UN languages",
    approximate: false,
    evidence: [cite(SRC)],
  },
];

export const corrections: D["corrections"] = [];
