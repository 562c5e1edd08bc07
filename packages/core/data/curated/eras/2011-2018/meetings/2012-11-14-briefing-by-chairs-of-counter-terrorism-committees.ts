// 14 November 2012: the Security Council's 6862nd meeting; Hardeep Singh Puri (India), CTC Chair,
// delivers the joint statement of the three counter-terrorism-related committees and a statement for the CTC.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2012-11-14-briefing-by-chairs-of-counter-terrorism-committees";
const PR = "un-press-2012-11-14-sc10816";
const PURI = "puri-2012-11-14-statement-as-ctc-chair";
const SCR = "scr-wib-2013-05-09-briefing-ctc-chairs";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Briefings to Security Council Spotlight Need to Adapt Counter-Terrorism Effort to Ever More Complex Networks Seeking Refuge in Susceptible Regions",
    evidence: [cite(PR, "headline")],
    note: "The excerpt gives no agenda title; the headline of the meetings coverage is used.",
  },
  alternateTitles: [
    {
      value: "Joint debate on the briefing by Chairmen of Subsidiary Bodies of the UN Security Council on Counter Terrorism",
      evidence: [cite(PURI, "title")],
      note: "How the Chair's own published statement names the meeting.",
    },
  ],
  dates: { value: { start: "2012-11-14", end: "2012-11-14" }, evidence: [cite(PR, "dateline"), cite(PURI, "date"), cite(SCR, "paragraph 1")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "headline and paragraph 1"), cite(PURI, "title")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "header (6862nd Meeting (PM))")] }],
  summary: {
    value:
      "The Council took stock of its three counter-terrorism committees. Speaking for all three, the CTC Chair described how the committees and their expert groups were working more closely together; in a second statement, for the CTC alone, he reported on its work since the May briefing and announced its special meeting on terrorist financing of 20 November.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(PURI, "paragraphs 1-6")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "terrorism-financing", "weapons-of-mass-destruction", "sanctions"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "framework", evidence: [cite(PURI, "paragraph 3")] },
    { symbol: "resolution 1624 (2005)", relation: "framework", evidence: [cite(PURI, "paragraph 3")] },
    { symbol: "resolution 1963 (2010)", relation: "framework", evidence: [cite(PURI, "paragraph 3")] },
  ],
  related: [
    { meeting: "2012-05-10-briefings-by-chairs-of-counter-terrorism-committees", relation: "continues", evidence: [cite(PURI, "paragraph 2")] },
  ],
  sources: [PR, PURI, SCR],
  notes: ["The name of the 1267/1989 Committee's Chair is cut off in the excerpt read; he is not recorded here."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("hardeep-singh-puri"),
    meeting: MEETING,
    person: "hardeep-singh-puri",
    roles: ["hardeep-singh-puri-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1-3"), cite(PURI, "paragraphs 1-2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-puri-joint"),
    meeting: MEETING,
    participation: id("hardeep-singh-puri"),
    onBehalfOf: ["ctc", "1267-committee", "1540-committee"],
    kind: "joint-statement",
    text: "For the three committees, he said their expert groups were working together ever more closely, using what they learned from one another to improve information exchange, coordinate technical assistance and look for more subregional cooperation.",
    evidence: [cite(PR, "paragraphs 1-3")],
  },
  {
    id: id("statement-puri-ctc"),
    meeting: MEETING,
    participation: id("hardeep-singh-puri"),
    kind: "briefing",
    text: "For the CTC, he said the Committee remained guided by resolutions 1373, 1624 and 1963 and announced a special meeting on preventing and suppressing terrorist financing on 20 November at Headquarters, recalling earlier special meetings held in New York, Washington, Vienna, Almaty, Nairobi and Strasbourg.",
    evidence: [cite(PURI, "paragraphs 1-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
