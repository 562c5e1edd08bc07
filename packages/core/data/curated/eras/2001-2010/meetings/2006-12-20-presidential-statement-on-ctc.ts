// 20 December 2006: the Security Council, considering threats caused by terrorist acts, adopts a
// presidential statement welcoming the CTC's renewed focus on implementing resolution 1373 (2001).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2006-12-20-presidential-statement-on-ctc";
const PR = "un-press-2006-12-20-sc8914";
const LETTER = "hrv-2006-12-18-ctc-review-letter";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Threats to international peace and security caused by terrorist acts",
    evidence: [cite(PR, "paragraph 1")],
    note: "The item the Council met to consider (5600th meeting), as the release words it.",
  },
  alternateTitles: [
    {
      value: "Security Council Reiterates Determination to Combat All Forms of Terrorism, Welcomes Counter-Terrorism Committee’s Renewed Focus on Implementing Resolution 1373 (2001)",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release (in capitals there).",
    },
  ],
  dates: { value: { start: "2006-12-20", end: "2006-12-20" }, evidence: [cite(PR, "date line")] },
  type: { value: "security-council-meeting", evidence: [cite(PR, "meeting line and paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  summary: {
    value:
      "The Council adopted a presidential statement calling terrorism among the gravest threats to peace, asking States to meet their counter-terrorism obligations as a priority, welcoming the Counter-Terrorism Committee's renewed, proactive focus on implementing resolution 1373, and asking the Committee to report on implementation and on outstanding issues; a letter from the Committee's Chair reviewing the Executive Directorate's first full year was before it.",
    evidence: [cite(PR, "subheadings and paragraphs 1-4"), cite(LETTER, "opening")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions"],
  documents: [
    { symbol: "S/PRST/2006/56", relation: "outcome", date: "2006-12-20", evidence: [cite(PR, "paragraph 2")] },
    {
      symbol: "Letter dated 18 December 2006 from the Chairman of the Counter-Terrorism Committee (report for the comprehensive review of CTED)",
      relation: "reference",
      date: "2006-12-18",
      evidence: [cite(PR, "subheading"), cite(LETTER, "opening")],
    },
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraphs 2-3")] },
  ],
  mentions: [{ organization: "cted", evidence: [cite(PR, "subheading"), cite(LETTER, "opening")], note: "Subject of the comprehensive review." }],
  sources: [PR, LETTER],
  notes: [
    "The release's subheading mentions a letter from the Committee's Chair reviewing CTED's first full year; the letter of 18 December 2006 signed by Ellen Margrethe Løj submits the Committee's report for that review. That they are the same letter is the curators' reading.",
    "The Chair did not brief the Council at this meeting according to the excerpt; no participant other than the President is named.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("nassir-abdulaziz-al-nasser"),
    meeting: MEETING,
    person: "nassir-abdulaziz-al-nasser",
    roles: ["nassir-abdulaziz-al-nasser-president-security-council"],
    organization: "un-security-council",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("nassir-abdulaziz-al-nasser"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "Read the presidential statement restating the Council's resolve against terrorism and the importance of resolution 1373, welcoming the Committee's renewed attention to implementation, and asking the Committee to report on the state of implementation and to bring outstanding issues to the Council regularly for strategic guidance.",
    evidence: [cite(PR, "paragraphs 1-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
