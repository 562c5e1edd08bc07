// 19 March 2008: open Security Council debate on the revised organizational plan of CTED, presented by its
// new Executive Director, Mike Smith, before the Council renews CTED's mandate to the end of 2010.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2008-03-19-cted-revised-organizational-plan";
const PR = "un-press-2008-03-19-sc9279";
const US = "hrv-2008-03-19-us-statement";
const HR = "mvep-2008-03-19-jurica-statement";
const PR2 = "un-press-2008-03-19-sc9279-with-headline";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Threats to international peace and security caused by terrorist acts", evidence: [cite(HR, "heading")], note: "The agenda item, as Croatia's statement at the meeting gives it." },
  alternateTitles: [
    {
      value: "Speakers in Open Security Council Debate Endorse Revised Organizational Plan Proposed by Counter-Terrorism Committee Executive Directorate",
      evidence: [cite(PR2, "headline")],
      note: "Headline of the press release (in capitals there).",
    },
  ],
  dates: { value: { start: "2008-03-19", end: "2008-03-19" }, evidence: [cite(PR, "date line"), cite(PR2, "date line"), cite(US, "heading"), cite(HR, "heading")] },
  type: { value: "security-council-open-debate", evidence: [cite(PR, "paragraph 1"), cite(PR2, "headline and paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line and paragraph 1")] }],
  summary: {
    value:
      "The 5855th meeting broadly endorsed CTED's revised organizational plan and the renewal of its mandate; the new Executive Director argued that the most pressing need was no longer to make States understand the threat but to give them the capacity to act, and the Council was to adopt a resolution renewing CTED's mandate until 31 December 2010.",
    evidence: [cite(PR, "paragraphs 1-5"), cite(HR, "paragraph 2")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 1787 (2007)", relation: "framework", evidence: [cite(US, "heading and following sentences")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(PR, "paragraph 2")] },
    { symbol: "Revised organizational plan of CTED", relation: "reference", evidence: [cite(PR, "paragraphs 1-2 and 5"), cite(US)] },
  ],
  mentions: [{ organization: "ctc", evidence: [cite(PR, "paragraph 4"), cite(US)], note: "Endorsed the organizational plan." }],
  claims: [
    {
      value: "The Council was to adopt, at this meeting, a resolution renewing CTED's mandate until 31 December 2010, co-sponsored by Croatia.",
      evidence: [cite(HR, "paragraph 2")],
      confidence: 0.9,
      note: "Stated in advance in Croatia's statement (“the resolution to be adopted”); the adoption itself is not in the excerpts.",
    },
  ],
  sources: [PR, PR2, US, HR],
  notes: ["The other speakers in the debate are not named in the excerpts read; the venue is not stated."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("mike-smith"),
    meeting: MEETING,
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 2"), cite(US), cite(HR, "paragraph 1")],
  },
  {
    id: id("neven-jurica"),
    meeting: MEETING,
    person: "neven-jurica",
    roles: ["neven-jurica-permanent-representative-croatia", "neven-jurica-chair-ctc"],
    organization: "croatia",
    capacity: "speaker",
    evidence: [cite(HR, "heading and paragraph 4"), cite(US)],
    note: "Spoke for Croatia, which had chaired the CTC since the start of the year.",
  },
  {
    id: id("alejandro-wolff"),
    meeting: MEETING,
    person: "alejandro-wolff",
    roles: ["alejandro-wolff-deputy-permanent-representative-united-states"],
    organization: "united-states",
    capacity: "speaker",
    evidence: [cite(US, "heading")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("smith"),
    meeting: MEETING,
    participation: id("mike-smith"),
    onBehalfOf: ["cted"],
    kind: "briefing",
    text: "Presenting the plan, said every element of resolution 1373 was still relevant; most countries had criminalized terrorism, hundreds of ratifications had followed and cross-border cooperation had disrupted attacks; the Committee now spent less time checking laws and more on how well border controls, coordination and law enforcement worked, which had exposed gaps in capacity and resources that the revised plan was meant to address.",
    evidence: [cite(PR, "paragraphs 2-5")],
  },
  {
    id: id("jurica"),
    meeting: MEETING,
    participation: id("neven-jurica"),
    kind: "remarks",
    text: "Thanked the Executive Director for his briefing, announced that Croatia co-sponsored the resolution renewing CTED's mandate until the end of 2010, called terrorism a criminal and unjustifiable attack on democratic values, and recalled that Croatia had chaired the Committee since January, whose mandate is to monitor resolutions 1373 and 1624 and help States obtain assistance.",
    evidence: [cite(HR, "paragraphs 1-4")],
  },
  {
    id: id("wolff"),
    meeting: MEETING,
    participation: id("alejandro-wolff"),
    kind: "remarks",
    text: "Welcomed the new Executive Director and the new CTC Chairman, thanked the Executive Director for responding promptly to what resolution 1787 (2007) asked of him, and backed the plan, drawn up after consultations with Member States and endorsed by the Committee, as ambitious but realistic, including CTED's active part in the Counter-Terrorism Implementation Task Force.",
    evidence: [cite(US)],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
