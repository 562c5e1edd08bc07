// 12 November 2001: the Security Council, at ministerial level, adopts resolution 1377 (2001) on
// eliminating international terrorism, which bears on the new Counter-Terrorism Committee's work.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2001-11-12-ministerial-meeting-on-terrorism";
const PR = "un-press-2001-11-12-sc7207";
const SCR = "scr-2010-08-25-forecast-terrorism";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Calls on All States to Intensify Efforts to Eliminate International Terrorism",
    evidence: [cite(PR, "headline")],
    note: "No source read states the meeting's agenda item; the headline of the Council's press release (in capitals there) stands as the title.",
  },
  alternateTitles: [
    {
      value: "Resolution 1377 (2001) Adopted Unanimously; Council Hears Statements by US Secretary of State, 14 Foreign Ministers",
      evidence: [cite(PR, "subheading")],
      note: "Subheading of the press release.",
    },
  ],
  dates: { value: { start: "2001-11-12", end: "2001-11-12" }, evidence: [cite(PR, "dateline and paragraph 1"), cite(SCR, "paragraph on earlier debates")] },
  type: {
    value: "security-council-meeting",
    evidence: [cite(PR, "paragraph 2"), cite(SCR, "paragraph on earlier debates")],
    note: "The release calls it a ministerial meeting of the Council (4413th meeting).",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraphs 1-2")] }],
  summary: {
    value:
      "Meeting at the level of foreign ministers, the Council unanimously adopted resolution 1377 (2001), a declaration that international terrorism is among the gravest threats to peace and security of the new century; it urged every State to step up its efforts against terrorism, to implement resolution 1373 (2001) in full and help others do so, and to join the international counter-terrorism conventions.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 1377 (2001)", relation: "outcome", date: "2001-11-12", evidence: [cite(PR, "subheading and paragraph 2")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", date: "2001-09-28", evidence: [cite(PR, "paragraphs 4-5")] },
  ],
  mentions: [
    {
      organization: "ctc",
      evidence: [cite(SCR, "paragraph on earlier debates")],
      note: "Security Council Report says resolution 1377 asked the CTC to explore ways of assisting implementation; the release's excerpt does not reach that part.",
    },
  ],
  claims: [
    {
      value: "Jamaica and Ukraine sponsored the ministerial meeting.",
      evidence: [cite(SCR, "paragraph on earlier debates")],
      confidence: 0.8,
      note: "Stated only by Security Council Report, writing in 2010.",
    },
  ],
  sources: [PR, SCR],
  notes: [
    "The ministers who spoke are not named in the excerpt read; only the US Secretary of State is identified, by post.",
    "The venue is not stated in the excerpt.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("us-secretary-of-state"),
    meeting: MEETING,
    organization: "united-states",
    description: "The US Secretary of State (not named in the excerpt)",
    capacity: "speaker",
    evidence: [cite(PR, "subheading")],
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-foreign-ministers"),
    meeting: MEETING,
    value: 14,
    unit: "foreign ministers",
    measure: "foreign ministers whose statements the Council heard, besides the US Secretary of State",
    asStated: "14",
    approximate: false,
    asOf: "2001-11-12",
    evidence: [cite(PR, "subheading")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
