// 20 December 2010: the outgoing CTC Chairman, Ertuğrul Apakan (Turkey), briefs the Security Council on the
// Committee's work; at a separate meeting the Council extends CTED's mandate to the end of 2013.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2010-12-20-briefing-by-outgoing-ctc-chairman";
const NEWS = "unnews-2010-12-20-cted-three-more-years";
const SCOOP = "scoop-2010-12-20-three-more-years";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "UN counter-terrorism body to continue as special political mission for three more years",
    evidence: [cite(NEWS, "headline")],
    note: "No source read states the agenda item; UN News's headline stands as the title, though it reports the resolution adopted at a separate meeting the same day as well as the briefing.",
  },
  alternateTitles: [{ value: "UN Counter-Terrorism Body to Continue As Is for 3 More Years", evidence: [cite(SCOOP, "headline")], note: "Headline of the Scoop repost." }],
  dates: { value: { start: "2010-12-20", end: "2010-12-20" }, evidence: [cite(SCOOP, "dateline"), cite(NEWS, "paragraph 2")] },
  type: { value: "security-council-briefing", evidence: [cite(NEWS, "paragraph 2")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(NEWS, "paragraph 2")] }],
  summary: {
    value:
      "The outgoing Chairman told the Council that he had sought to make the Committee's work more visible and to study how terrorism is evolving; the Committee had taken a more strategic approach, held thematic and regional discussions and put transparency first. At a separate meeting the same day the Council unanimously extended CTED as a special political mission until 31 December 2013.",
    evidence: [cite(NEWS, "paragraphs 1-2 and 6-9")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  mentions: [{ organization: "cted", evidence: [cite(NEWS, "paragraphs 1-2 and 5")], note: "Its mandate was extended at a separate meeting the same day." }],
  claims: [
    {
      value: "At a separate meeting the same day, the Council unanimously adopted a resolution extending CTED, as a special political mission, until 31 December 2013.",
      evidence: [cite(NEWS, "paragraphs 1-2"), cite(SCOOP, "paragraphs 1-2")],
    },
  ],
  sources: [NEWS, SCOOP],
  notes: ["The resolution's number is not in the excerpts read; the venue is not stated."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ertugrul-apakan"),
    meeting: MEETING,
    person: "ertugrul-apakan",
    roles: ["ertugrul-apakan-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(NEWS, "paragraphs 2 and 6"), cite(SCOOP, "paragraphs 2 and 5")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("apakan"),
    meeting: MEETING,
    participation: id("ertugrul-apakan"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Said he had tried to raise the Committee's visibility worldwide and to examine how terrorism was changing so as to identify issues and regions needing attention; the Committee now worked more strategically, had discussed every key theme and region, and so had a clearer view of the challenges and next steps, with transparency another priority.",
    evidence: [cite(NEWS, "paragraphs 6-9"), cite(SCOOP, "paragraphs 6-8")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
