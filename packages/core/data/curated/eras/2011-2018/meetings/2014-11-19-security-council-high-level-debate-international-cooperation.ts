// 19 November 2014: Security Council high-level debate (7316th meeting) on combating terrorism through
// international cooperation, with a presidential statement read by Australia's Foreign Minister.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2014-11-19-security-council-high-level-debate-international-cooperation";
const PR = "fdocuments-2014-11-19-sc11656";
const PC = "un-press-2014-11-04-press-conference-sc-president";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "High-level debate on combating terrorism through international cooperation",
    evidence: [cite(PR, "print page 1, second lead paragraph (“During a high-level debate …”)")],
    confidence: 0.8,
    note: "The meetings coverage describes the meeting in these words in running text; no formal title of the debate is given in the part of the page that was read (the first of 46 print pages).",
  },
  alternateTitles: [
    { value: "High-level open debate on counter-terrorism", evidence: [cite(PC, "paragraph 5")], note: "As the Council President announced it on 4 November 2014." },
    {
      value: "In Presidential Statement, Security Council Calls for Redoubling Efforts to Target Root Causes of Terrorism as Threat Expands, Intensifies",
      evidence: [cite(PR, "headline")],
      note: "Headline of the meetings coverage SC/11656; the copy loses the “ff” and “fi” ligatures, restored here.",
    },
  ],
  dates: { value: { start: "2014-11-19", end: "2014-11-19" }, evidence: [cite(PR, "dateline (“19 NOVEMBER 2014 SC/11656”)"), cite(PR, "lead paragraph 1 (“the Security Council today”)")] },
  type: {
    value: "security-council-open-debate",
    evidence: [cite(PC, "paragraph 5 (“a high-level open debate on counter-terrorism”)"), cite(PR, "meeting line (“7316th Meeting (AM)”)"), cite(PR, "print page 1, second lead paragraph")],
    note: "The Council President announced a high-level open debate for 19 November; the meetings coverage calls it a high-level debate, with more than 60 speakers.",
  },
  organizers: [
    { organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line and lead paragraph 1")] },
    { organization: "australia", role: "host", evidence: [cite(PR, "print page 1, second lead paragraph (“which holds the November Council presidency”)")]},
  ],
  objectives: [
    {
      value: "To hear the Secretary-General's update and consider how resolutions 2170 (2014) on ISIL and 2178 (2014) on foreign terrorist fighters were being followed up.",
      evidence: [cite(PC, "paragraph 5")],
      note: "As announced on 4 November 2014.",
    },
  ],
  summary: {
    value:
      "At a high-level debate chaired by the Council's November presidency, Australia, the Security Council issued a presidential statement warning that the terrorist threat was spreading to more States in most regions, driven by global recruitment networks, extremist ideologies, terrorists' freedom of movement and large funding streams, and urging States, the UN and partners to address the root causes of terrorism; more than 60 speakers took the floor and debated the value of military action.",
    evidence: [cite(PR, "headline, subheadline and print page 1, lead paragraphs 1-3")],
    note: "Curators' summary, in our own words, from the first print page of the coverage only.",
  },
  topics: ["foreign-terrorist-fighters", "terrorism-financing", "international-cooperation"],
  documents: [
    { symbol: "resolution 2170 (2014)", relation: "framework", evidence: [cite(PC, "paragraph 5")] },
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(PC, "paragraph 5")] },
  ],
  claims: [
    {
      value: "The Council said terrorism affected more States across most regions owing to recruitment networks spanning the globe, the spread of violent extremist ideas, the ease with which terrorists move and their access to significant funding.",
      evidence: [cite(PR, "print page 1, lead paragraph 3 (“Terrorism affected more States …”)")],
    },
  ],
  sources: [PR, PC],
  notes: [
    "Only the first of the 46 print pages of the meetings coverage SC/11656 was available (as a PDF print reposted on a document-sharing site); the speakers other than the Council President, the symbol of the presidential statement and any role of the Counter-Terrorism Committee or CTED in the debate are not recorded.",
    "The Committee's special meeting in Madrid of July 2015 was held in keeping with the presidential statement issued at this meeting (see the Madrid meeting's relation).",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("julie-bishop"),
    meeting: MEETING,
    person: "julie-bishop",
    roles: ["julie-bishop-minister-foreign-affairs-australia"],
    organization: "australia",
    capacity: "speaker",
    evidence: [cite(PR, "print page 1, second lead paragraph (“Julie Bishop, Minister for Foreign Affairs of Australia …”)")],
    note: "Issued the presidential statement on behalf of the Council; Australia held the Council presidency for November.",
  },
  {
    id: id("speakers"),
    meeting: MEETING,
    description: "More than 60 speakers",
    capacity: "speaker",
    evidence: [cite(PR, "subheadline (“as More than 60 Speakers Take Floor”)")],
    note: "The speakers are not named in the part of the page that was read.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-presidential"),
    meeting: MEETING,
    participation: id("julie-bishop"),
    kind: "remarks",
    text: "She issued a statement for the fifteen Council members stressing that the terrorist threat was growing in reach and intensity, and calling on States, the United Nations and partners to tackle its root causes while stepping up efforts to eliminate terrorism in every form.",
    evidence: [cite(PR, "print page 1, lead paragraphs 1-2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-speakers"),
    meeting: MEETING,
    value: 60,
    unit: "speakers",
    measure: "speakers who took the floor in the debate",
    asStated: "More than 60",
    approximate: true,
    evidence: [cite(PR, "subheadline")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
