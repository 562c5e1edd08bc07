// 26 March 2004: the Security Council adopts resolution 1535 (2004), restructuring the Counter-Terrorism
// Committee and creating its Executive Directorate (CTED); the CTC Chairman explains it to the press.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2004-03-26-resolution-1535-revitalization";
const RES = "unscr-2004-03-26-resolution-1535";
const PC = "globalsecurity-2004-03-26-arias-press-conference";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Threats to international peace and security caused by terrorist acts", evidence: [cite(RES, "heading")], note: "The subject under which resolution 1535 (2004) was adopted, at the 4936th meeting." },
  dates: { value: { start: "2004-03-26", end: "2004-03-26" }, evidence: [cite(RES, "adoption line"), cite(PC, "date line and paragraph 2")] },
  type: { value: "security-council-meeting", evidence: [cite(RES, "adoption line")], note: "The Council's 4936th meeting, at which the resolution was adopted unanimously." },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(RES, "adoption line")] }],
  summary: {
    value:
      "The Council unanimously adopted resolution 1535 (2004), reaffirming resolutions 1373, 1377 and 1456 and reminding States that counter-terrorism measures must respect international law, and revitalizing the Counter-Terrorism Committee: a Plenary and a Bureau, assisted by a new Counter-Terrorism Committee Executive Directorate; the Committee's Chairman explained to the press that afternoon that the directorate should make the Committee more agile and better able to channel assistance.",
    evidence: [cite(RES, "preamble"), cite(PC, "paragraphs 1-5")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "human-rights", "international-cooperation"],
  documents: [
    { symbol: "resolution 1535 (2004)", relation: "outcome", date: "2004-03-26", evidence: [cite(RES, "heading and adoption line"), cite(PC, "paragraph 2")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", date: "2001-09-28", evidence: [cite(RES, "preamble")] },
    { symbol: "resolution 1377 (2001)", relation: "reference", date: "2001-11-12", evidence: [cite(RES, "preamble")] },
    { symbol: "resolution 1456 (2003)", relation: "reference", date: "2003-01-20", evidence: [cite(RES, "preamble")] },
  ],
  mentions: [
    { organization: "ctc", evidence: [cite(RES, "preamble"), cite(PC, "paragraphs 1 and 4")], note: "The body the resolution restructures." },
    { organization: "cted", evidence: [cite(PC, "paragraph 4")], note: "Created by the resolution." },
  ],
  related: [
    { meeting: "2001-11-12-ministerial-meeting-on-terrorism", relation: "follow-up-to", evidence: [cite(RES, "preamble")] },
    { meeting: "2003-01-20-ministerial-meeting-on-terrorism", relation: "follow-up-to", evidence: [cite(RES, "preamble")] },
  ],
  sources: [RES, PC],
  notes: [
    "No speaker at the meeting is named in the sources read; the Chairman's statements below were made at a press conference after the adoption.",
    "The venue is not stated.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("inocencio-arias"),
    meeting: MEETING,
    person: "inocencio-arias",
    roles: ["inocencio-arias-chair-ctc"],
    organization: "ctc",
    capacity: "participant",
    evidence: [cite(PC, "paragraphs 1-2")],
    note: "Spoke at the press conference that followed the adoption; his part in the meeting itself is not stated.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("arias-press"),
    meeting: MEETING,
    participation: id("inocencio-arias"),
    onBehalfOf: ["ctc"],
    kind: "remarks",
    text: "At the press conference, said that giving the Committee its own independent directorate would bring it new life, strengthen cooperation and technical assistance for the many States willing but unable to meet resolution 1373, and make the body more agile; the directorate's head should carry weight and be able to tell which States need help and which lack political will, since the UN could not stay passive before terrorism.",
    evidence: [cite(PC, "paragraphs 1-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
