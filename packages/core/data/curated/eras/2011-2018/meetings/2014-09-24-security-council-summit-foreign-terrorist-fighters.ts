// 24 September 2014: Security Council summit-level meeting on foreign terrorist fighters, chaired by
// President Obama, adopting resolution 2178 (2014); welcomed by CTED's Executive Director.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2014-09-24-security-council-summit-foreign-terrorist-fighters";
const CTC = "ctc-2014-09-cted-ed-welcomes-resolution-2178";
const WIB = "scr-2015-11-wib-ctc-meeting-ftf";
const INTERVIEW = "ctc-2021-interview-laborde";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Summit-level debate on foreign terrorist fighters",
    evidence: [cite(WIB, "paragraph 3 (“the summit-level debate on foreign terrorist fighters on 24 September 2014”)")],
    note: "A description in running text (Security Council Report, November 2015); the CTC's page describes it as a Council meeting that President Obama chaired, without a title.",
  },
  dates: { value: { start: "2014-09-24", end: "2014-09-24" }, evidence: [cite(CTC, "paragraph 1"), cite(WIB, "paragraph 3")] },
  type: {
    value: "security-council-meeting",
    evidence: [cite(CTC, "paragraph 1 (“In a Security Council meeting chaired by President Obama”)")],
    note: "Security Council Report calls it a summit-level debate, without saying whether it was open.",
  },
  organizers: [
    { organization: "un-security-council", role: "convener", evidence: [cite(CTC, "paragraph 1")] },
    { organization: "united-states", role: "host", evidence: [cite(CTC, "paragraph 1"), cite(WIB, "paragraph 3")] },
  ],
  summary: {
    value:
      "At a Council meeting chaired by the President of the United States, with many Heads of State and Government among the speakers, the Security Council unanimously adopted resolution 2178 (2014) under Chapter VII, requiring States to prevent and suppress the recruitment, organization, transport and equipment of foreign terrorist fighters and the financing of their travel, with particular urgency for those tied to ISIL, the Al-Nusrah Front and Al-Qaida affiliates, and urging faster exchange of operational information.",
    evidence: [cite(CTC, "paragraphs 1 and 3-5"), cite(WIB, "paragraph 3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "international-cooperation", "terrorism-financing"],
  documents: [{ symbol: "resolution 2178 (2014)", relation: "outcome", evidence: [cite(CTC, "paragraphs 1-2"), cite(WIB, "paragraph 3"), cite(INTERVIEW, "paragraph 4")] }],
  claims: [
    {
      value: "The resolution was co-sponsored by 104 Member States and adopted by all 15 Council members; CTED's Executive Director welcomed it the same day.",
      evidence: [cite(CTC, "paragraphs 1-2")],
    },
    {
      value: "The resolution defined foreign terrorist fighters as people who go, or attempt to go, to a country that is neither where they live nor their own, in order to commit, plan, prepare or join in terrorist acts, or to give or receive terrorist training.",
      evidence: [cite(WIB, "paragraph 3")],
    },
  ],
  sources: [CTC, WIB, INTERVIEW],
  notes: [
    "The speakers other than the Council's President are not named in the pages read. CTED's Executive Director is not recorded as a participant: the CTC's page reports his statement welcoming the resolution, not a statement at the meeting.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("barack-obama"),
    meeting: MEETING,
    person: "barack-obama",
    roles: ["barack-obama-president-united-states"],
    organization: "united-states",
    capacity: "chair",
    evidence: [cite(CTC, "paragraph 1"), cite(WIB, "paragraph 3")],
  },
  {
    id: id("heads-of-state-and-government"),
    meeting: MEETING,
    description: "Many speakers at the level of Heads of State and Government",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-co-sponsors"),
    meeting: MEETING,
    value: 104,
    unit: "Member States",
    measure: "co-sponsors of resolution 2178 (2014)",
    asStated: "104",
    approximate: false,
    evidence: [cite(CTC, "paragraph 2")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
