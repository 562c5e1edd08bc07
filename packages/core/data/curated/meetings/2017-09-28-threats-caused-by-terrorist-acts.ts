// E2: 28 September 2017, Security Council meeting on threats to international peace and security caused by
// terrorist acts, on the 16th anniversary of resolution 1373 (2001), ahead of the renewal of CTED's mandate.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-09-28-threats-caused-by-terrorist-acts";
const SRC = "ctc-2017-09-28-security-council-threats-terrorist-acts";
const PR = "un-press-2017-09-28-sc13011";
const JEN = "indiablooms-2017-09-29-all-of-un-approach";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Threats to international peace and security caused by terrorist acts",
    evidence: [cite(SRC, "paragraph 1"), cite(PR, "paragraph 1"), cite(JEN, "paragraph 2")],
    note: "The agenda item under which the Council met, in the pages' words.",
  },
  alternateTitles: [
    {
      value: "New Counter-Terrorism Office Will Be Vital to Global Security, Preventing Violent Extremism, Under-Secretary-General Tells Security Council",
      evidence: [cite(PR, "headline")],
      note: "Headline of the UN meetings coverage (SC/13011).",
    },
    {
      value: "At Security Council, top counter-terrorism officials stress ‘All of UN’ approach to tackle scourge",
      evidence: [cite(JEN, "headline")],
      note: "Headline of a news report.",
    },
  ],
  dates: { value: { start: "2017-09-28", end: "2017-09-28" }, evidence: [cite(SRC, "paragraph 1"), cite(JEN, "dateline (Thursday, reported on 29 September)")] },
  type: {
    value: "security-council-meeting",
    evidence: [cite(SRC, "paragraph 1")],
    alternatives: [{ value: "security-council-briefing", evidence: [cite(JEN, "paragraph 2")], note: "The news report calls it a briefing to the Council." }],
    preferred: "The CTC's page says the Council held a meeting; the news report's 'briefing' describes the same meeting from the briefers' side.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC, "paragraph 1"), cite(PR, "paragraph 1")] }],
  summary: {
    value:
      "On the 16th anniversary of resolution 1373 (2001), the Council heard the head of the new UN Office of Counter-Terrorism, CTED's Officer-in-Charge and the CTC Chair, and Member States gave their views on CTED's future role before its mandate came up for renewal at the year's end. The new Office's chief made coordination and coherence his first priority; CTED's Officer-in-Charge described its country assessments and hoped the new Office would use CTED's largely public analyses.",
    evidence: [cite(SRC, "paragraphs 1-5"), cite(PR, "paragraphs 1-6")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "reference", date: "2001-09-28", evidence: [cite(SRC, "paragraph 1")] }],
  claims: [{ value: "The meeting fell 16 years to the day after resolution 1373 (2001) was adopted on 28 September 2001.", evidence: [cite(SRC, "paragraph 1")] }],
  sources: [SRC, PR, JEN],
  notes: [
    "The CTC's page spells the Officer-in-Charge of CTED both “Scharia” and “Sharia”; the record uses David Scharia.",
    "The number of States visited by CTED differs between the CTC's page (93) and the UN meetings coverage (96): both are recorded on the figure.",
  ],
  review: { state: "curated", checked: "2026-12-02" },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("vladimir-voronkov"),
    meeting: MEETING,
    person: "vladimir-voronkov",
    roles: ["vladimir-voronkov-usg-unoct"],
    organization: "unoct",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1-4"), cite(JEN, "paragraphs 1-2")],
  },
  {
    id: id("david-scharia"),
    meeting: MEETING,
    person: "david-scharia",
    roles: ["david-scharia-officer-in-charge-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraphs 2-4"), cite(PR, "paragraphs 5-6")],
  },
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc", "amr-abdellatif-aboulatta-permanent-representative-egypt"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 5")],
  },
  {
    id: id("member-states"),
    meeting: MEETING,
    description: "Member States (not named individually in the sources)",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 1")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-voronkov"),
    meeting: MEETING,
    participation: id("vladimir-voronkov"),
    kind: "briefing",
    text: "The head of the new Office of Counter-Terrorism made coordination and coherence its top priority, promised leadership, resources and a coherent 'One United Nations' framework for countering terrorism and preventing violent extremism, pledged to act on Member States' priorities, cited the 12 inter-agency working groups of the Counter-Terrorism Implementation Task Force as coordination at work, and named four spheres of UN activity to be aligned for an 'All of UN' approach.",
    evidence: [cite(PR, "paragraphs 1-4"), cite(JEN, "paragraphs 1-3")],
  },
  {
    id: id("statement-scharia"),
    meeting: MEETING,
    participation: id("david-scharia"),
    kind: "briefing",
    text: "CTED's Officer-in-Charge said its task had always been to give the Committee neutral, independent expert assessments of States' implementation, mostly through voluntary country visits with partner experts that had helped countries adopt laws, set up institutions and build capacity; since most of its thematic and regional studies are public, he hoped the new Office of Counter-Terrorism would make full use of them.",
    evidence: [cite(SRC, "paragraphs 2-4"), cite(PR, "paragraphs 5-6")],
  },
  {
    id: id("statement-aboulatta"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "remarks",
    text: "The CTC Chair acknowledged the importance of CTED's assessments of Member States' implementation.",
    evidence: [cite(SRC, "paragraph 5")],
  },
  {
    id: id("statement-member-states-cted-future-role"),
    meeting: MEETING,
    participation: id("member-states"),
    kind: "remarks",
    text: "Gave their views on CTED's future role and responsibilities before its mandate came up for renewal at the year's end.",
    evidence: [cite(SRC, "paragraph 1")],
  },
];

export const quotes: D["quotes"] = [];

const byScharia = { meeting: MEETING, participation: id("david-scharia"), asOf: "2017-09-28", approximate: false };

export const figures: D["figures"] = [
  {
    ...byScharia,
    id: id("figure-cted-country-visits"),
    value: 133,
    unit: "country visits",
    measure: "country visits conducted by CTED to date",
    asStated: "133",
    evidence: [cite(SRC, "paragraph 3"), cite(PR, "paragraph 6")],
  },
  {
    ...byScharia,
    id: id("figure-states-visited-by-cted"),
    value: 93,
    unit: "States",
    measure: "States covered by CTED's country visits to date",
    asStated: "93",
    evidence: [cite(SRC, "paragraph 3")],
    confidence: 0.6,
    alternatives: [
      {
        value: 96,
        asStated: "96",
        evidence: [cite(PR, "paragraph 6")],
        note: "The UN meetings coverage of the meeting reports the Officer-in-Charge as saying 133 visits to 96 Member States.",
      },
    ],
    preferred: "93 is the figure of CTED's own page on the CTC website, CTED being the source of the count; the meetings coverage's 96 may be a slip in reporting the speech. Neither is checked against a third source.",
  },
  {
    ...byScharia,
    id: id("figure-cted-visits-since-previous-review"),
    value: 45,
    unit: "country visits",
    measure: "CTED country visits since the previous review of its mandate",
    asStated: "45",
    evidence: [cite(SRC, "paragraph 3"), cite(PR, "paragraph 6")],
  },
  {
    meeting: MEETING,
    participation: id("vladimir-voronkov"),
    id: id("figure-ctitf-working-groups"),
    value: 12,
    unit: "working groups",
    measure: "inter-agency working groups of the Counter-Terrorism Implementation Task Force",
    asStated: "12",
    approximate: false,
    evidence: [cite(PR, "paragraph 4")],
  },
];

export const corrections: D["corrections"] = [];
