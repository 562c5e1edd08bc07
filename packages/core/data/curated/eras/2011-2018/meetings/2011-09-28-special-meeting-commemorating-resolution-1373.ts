// 28 September 2011: the CTC's special meeting marking the tenth anniversary of resolution 1373 (2001)
// and of the Committee, at UN Headquarters; it adopted an outcome document.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2011-09-28-special-meeting-commemorating-resolution-1373";
const CTC = "ctc-2011-10-04-special-meeting-zero-tolerance";
const XINHUA = "peoplecn-2011-09-29-un-chief-terrorism-potent-threat";
const STATE = "state-2011-09-28-ten-year-commemoration-1373";
const UNMEMBERS = "ctc-2012-04-16-committee-cted-report-achievements";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Special meeting to mark the tenth anniversary of the adoption of Security Council resolution 1373",
    evidence: [cite(CTC, "paragraph 1"), cite(STATE, "paragraph 1")],
    confidence: 0.8,
    note: "The sources give no formal title; this is the purpose in the words of the CTC's page (a special meeting held to mark the tenth anniversary of the adoption of resolution 1373).",
  },
  alternateTitles: [
    { value: "Counter-Terrorism Committee urges States to “ensure zero tolerance to terrorism”", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's report; the page leaves the quotation unclosed." },
    { value: "Ten Year Commemoration of UN Security Council Resolution 1373", evidence: [cite(STATE, "headline")], note: "Headline of the US Department of State's media note." },
  ],
  dates: { value: { start: "2011-09-28", end: "2011-09-28" }, evidence: [cite(CTC, "paragraph 1"), cite(STATE, "dateline and paragraph 1"), cite(XINHUA, "paragraph 1")] },
  type: { value: "special-meeting", evidence: [cite(CTC, "paragraph 1"), cite(STATE, "paragraph 1"), cite(UNMEMBERS, "paragraph 4")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1"), cite(STATE, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(CTC, "paragraph 2")] },
  summary: {
    value:
      "A day-long meeting at which Member States, UN entities and international and regional organizations assessed ten years of implementation of resolution 1373 and the Committee's future work; the Committee closed it by approving an outcome document that calls on all States to ensure zero tolerance towards terrorism.",
    evidence: [cite(CTC, "paragraphs 1-2"), cite(UNMEMBERS, "paragraph 5")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "human-rights"],
  sessions: [{ id: "opening", kind: "opening", title: { value: "Opening session", evidence: [cite(CTC, "paragraph 3")] } }],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(CTC, "paragraphs 1 and 5")] },
    { symbol: "Outcome document of the special meeting (2011)", relation: "outcome", date: "2011-09-28", evidence: [cite(CTC, "paragraph 2"), cite(UNMEMBERS, "paragraph 5")] },
  ],
  claims: [
    {
      value: "The outcome document adopted at the meeting also reaffirms that counter-terrorism measures must respect international law, notably international human rights, refugee and humanitarian law; the Chair later called it a landmark in setting the Committee's strategic direction.",
      evidence: [cite(UNMEMBERS, "paragraph 5")],
    },
  ],
  sources: [CTC, XINHUA, STATE, UNMEMBERS],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("hardeep-singh-puri"),
    meeting: MEETING,
    person: "hardeep-singh-puri",
    roles: ["hardeep-singh-puri-chair-ctc", "hardeep-singh-puri-permanent-representative-india"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraphs 4 and 6")],
  },
  {
    id: id("ban-ki-moon"),
    meeting: MEETING,
    session: "opening",
    person: "ban-ki-moon",
    roles: ["ban-ki-moon-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "keynote",
    evidence: [cite(CTC, "paragraph 3"), cite(XINHUA, "paragraphs 1-2")],
  },
  {
    id: id("participants"),
    meeting: MEETING,
    description: "Delegates from Member States, UN entities and other international or regional bodies",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-ban-ki-moon"),
    meeting: MEETING,
    session: "opening",
    participation: id("ban-ki-moon"),
    kind: "opening-remarks",
    text: "Opening the meeting, the Secretary-General described resolution 1373 as a milestone of UN leadership against terrorism and warned that the threat was as potent as a decade earlier, with tens of thousands killed and heavy economic and political costs; he valued the Committee's and CTED's work on gaps, technical assistance and its human-rights and rule-of-law focus.",
    evidence: [cite(CTC, "paragraph 3"), cite(XINHUA, "paragraphs 3, 5-6 and 8")],
  },
  {
    id: id("statement-puri"),
    meeting: MEETING,
    participation: id("hardeep-singh-puri"),
    kind: "remarks",
    text: "The Chair recalled that the scale and sophistication of the September 2001 attacks had shown the need for urgent collective action, and said the international community had responded vigorously over the decade.",
    evidence: [cite(CTC, "paragraphs 4 and 6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
