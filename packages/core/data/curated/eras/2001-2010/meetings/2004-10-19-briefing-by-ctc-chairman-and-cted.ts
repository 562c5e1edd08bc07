// 19 October 2004: the CTC's Chair and Javier Rupérez, the new head of its Executive Directorate, brief the
// Security Council; a day-long debate with 40 speakers ends in a presidential statement.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2004-10-19-briefing-by-ctc-chairman-and-cted";
const PR = "unis-2004-10-20-sc8221";
const CTED = "ctc-mirror-ruperez-conversation";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Encourages Work of Revitalized Counter-Terrorism Committee in Presidential Statement, Following Day-Long Debate",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item exactly; the press release's headline stands as the title.",
  },
  alternateTitles: [
    {
      value: "Committee Chair, New Head of Executive Directorate Brief Council; Describe Efforts to Arm Member States with Tools to Confront Terrorist Threat",
      evidence: [cite(PR, "subheading")],
      note: "Subheading of the press release.",
    },
    {
      value: "Threats to International Peace and Security Caused by Terrorists",
      evidence: [cite(CTED, "photo caption")],
      note: "As a photo caption on CTED's page words the subject of the meeting (the mirror's copy replaced “Peace” with spam).",
    },
  ],
  dates: { value: { start: "2004-10-19", end: "2004-10-19" }, evidence: [cite(PR, "dateline"), cite(CTED, "photo caption")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "subheading and paragraph 1")], note: "A briefing followed by a day-long debate." },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "The Committee's Chair and the new head of its Executive Directorate briefed the Council on arming States against terrorism; after a day-long debate the Council issued a presidential statement encouraging the revitalized Committee, restating that terrorist acts are criminal and unjustifiable whatever the motive, and asking the Committee to prepare its first visits to Member States.",
    evidence: [cite(PR, "subheading and paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "S/PRST/2004/37", relation: "outcome", date: "2004-10-19", evidence: [cite(PR, "paragraph 2")] },
    { symbol: "S/2004/820", relation: "reference", date: "2004-10-19", evidence: [cite(PR, "paragraph 3")] },
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraphs 2-3")] },
  ],
  sources: [PR, CTED],
  notes: [
    "The excerpt does not name the Committee's Chair; the 40 speakers are not named either.",
    "The Executive Director's briefing is attested by the subheading (“New Head of Executive Directorate”) and by a photo caption on CTED's site naming Rupérez addressing the Council on 19 October 2004.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ctc-chair"),
    meeting: MEETING,
    organization: "ctc",
    description: "The Chairman of the Counter-Terrorism Committee (not named in the excerpt)",
    capacity: "speaker",
    evidence: [cite(PR, "subheading and paragraph 1")],
  },
  {
    id: id("javier-ruperez"),
    meeting: MEETING,
    person: "javier-ruperez",
    roles: ["javier-ruperez-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(PR, "subheading"), cite(CTED, "photo caption")],
  },
  {
    id: id("adam-thomson"),
    meeting: MEETING,
    person: "adam-thomson",
    roles: ["adam-thomson-president-security-council"],
    organization: "un-security-council",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("adam-thomson"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "Read the presidential statement: the Committee should keep helping States build capacity, solve implementation problems, obtain technical assistance and join the conventions; it should follow its new work programme on revitalization and prepare more quickly its first country visits, which need the host State's consent.",
    evidence: [cite(PR, "paragraphs 2-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-speakers"),
    meeting: MEETING,
    value: 40,
    unit: "speakers",
    measure: "speakers heard in the day's debate",
    asStated: "40",
    approximate: false,
    evidence: [cite(PR, "paragraph 4")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
