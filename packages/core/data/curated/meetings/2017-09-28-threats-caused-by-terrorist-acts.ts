// E2: 28 September 2017, Security Council meeting on threats caused by terrorist acts, on the 16th
// anniversary of resolution 1373 (2001), ahead of the renewal of CTED's mandate.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-09-28-threats-caused-by-terrorist-acts";
const SRC = "ctc-2017-09-28-security-council-threats-terrorist-acts";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: { value: "Threats caused by terrorist acts", evidence: [cite(SRC)] },
  alternateTitles: [
    {
      value: "Threats caused by terrorist acts: 16th anniversary of resolution 1373 (2001)",
      evidence: [cite(SRC)],
      note: "The meeting marked the 16th anniversary of resolution 1373 (2001).",
    },
  ],
  dates: { value: { start: "2017-09-28", end: "2017-09-28" }, evidence: [cite(SRC)] },
  type: { value: "security-council-meeting", evidence: [cite(SRC)] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC)] }],
  summary: {
    value:
      "On the 16th anniversary of resolution 1373 (2001), the Security Council heard the Officer-in-Charge of CTED and the CTC Chair, and Member States gave their views on CTED's future role ahead of the renewal of its mandate. The newly established United Nations Office of Counter-Terrorism was mentioned.",
    evidence: [cite(SRC)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(SRC)] }],
  sources: [SRC],
  notes: ["The source spells the Officer-in-Charge of CTED both “Scharia” and “Sharia”; the record uses David Scharia."],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("david-scharia"),
    meeting: MEETING,
    person: "david-scharia",
    roles: ["david-scharia-officer-in-charge-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc", "amr-abdellatif-aboulatta-permanent-representative-egypt"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
  {
    id: id("member-states"),
    meeting: MEETING,
    description: "Member States (not named individually in the source)",
    capacity: "speaker",
    evidence: [cite(SRC)],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-member-states-cted-future-role"),
    meeting: MEETING,
    participation: id("member-states"),
    kind: "remarks",
    text: "Gave their views on the future role of CTED ahead of the renewal of its mandate.",
    evidence: [cite(SRC)],
  },
];

export const quotes: D["quotes"] = [];

const stated = { meeting: MEETING, asOf: "2017-09-28", approximate: false, evidence: [cite(SRC)] };

export const figures: D["figures"] = [
  {
    ...stated,
    id: id("figure-cted-country-visits"),
    value: 133,
    unit: "country visits",
    measure: "country visits conducted by CTED to date",
    asStated: "133 country visits",
  },
  {
    ...stated,
    id: id("figure-states-visited-by-cted"),
    value: 93,
    unit: "States",
    measure: "States covered by CTED's country visits to date",
    asStated: "93 States",
  },
  {
    ...stated,
    id: id("figure-cted-visits-since-previous-review"),
    value: 45,
    unit: "country visits",
    measure: "CTED country visits since the previous review of its mandate",
    asStated: "45 of them since the previous review",
  },
];

export const corrections: D["corrections"] = [];
