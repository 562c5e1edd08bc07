// 11 May 2016: Security Council day-long open debate (7690th meeting) on countering terrorist narratives;
// a presidential statement asks the CTC for a comprehensive international framework by 30 April 2017.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-05-11-security-council-open-debate-countering-terrorist-narratives";
const PR = "un-press-2016-sc12355";
const PR2017 = "un-press-2017-sc12839";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Countering Terrorist Narratives",
    evidence: [cite(PR, "subheadline (“Day-long Open Debate on Countering Terrorist Narratives”)")],
    note: "The theme of the open debate as the meetings coverage words it; the agenda item was threats to international peace and security caused by terrorist acts.",
  },
  alternateTitles: [
    { value: "Threats to international peace and security caused by terrorist acts", evidence: [cite(PR, "paragraph 1")], note: "The agenda item under which the debate was held." },
    { value: "Security Council Presidential Statement Seeks Counter-Terrorism Committee Proposal for ‘International Framework’ to Curb Incitement, Recruitment", evidence: [cite(PR, "headline")], note: "Headline of the meetings coverage." },
  ],
  dates: { value: { start: "2016-05-11", end: "2016-05-11" }, evidence: [cite(PR, "dateline"), cite(PR2017, "paragraph 2 (“SC/12355 of 11 May 2016”)")] },
  type: { value: "security-council-open-debate", evidence: [cite(PR, "subheadline and paragraph 1"), cite(PR, "meeting line (“7690th Meeting (AM)”)")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  summary: {
    value:
      "In a day-long open debate, the Council issued a presidential statement asking the Counter-Terrorism Committee to propose, by 30 April 2017, a comprehensive international framework with guidelines and good practices against the narratives terrorist groups use to recruit and incite, voicing concern at the distorted religious narratives of ISIL and Al-Qaida and suggesting counter-narrative campaigns, better means against propaganda online and public awareness through education.",
    evidence: [cite(PR, "paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "ict-and-internet", "implementation-of-resolutions"],
  claims: [
    { value: "The presidential statement set 30 April 2017 as the deadline for the Committee's recommendations.", evidence: [cite(PR, "paragraph 2")] },
    { value: "The framework the Committee then submitted (S/2017/375) was welcomed by resolution 2354 (2017) on 24 May 2017.", evidence: [cite(PR2017, "paragraph 2")] },
  ],
  sources: [PR, PR2017],
  notes: [
    "The meetings coverage read stops at the third opening speaker's name; his post, the Microsoft executive's name, the other speakers and the symbol of the presidential statement are not recorded.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("jan-eliasson"),
    meeting: MEETING,
    person: "jan-eliasson",
    roles: ["jan-eliasson-deputy-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(PR, "subheadline and paragraph 5")],
  },
  {
    id: id("mohi-el-din-afifi"),
    meeting: MEETING,
    person: "mohi-el-din-afifi",
    capacity: "speaker",
    evidence: [cite(PR, "subheadline (“Islamic Scholar”) and paragraph 6")],
    note: "Described as an Islamic scholar among the opening speakers; his post is cut off in the copy (“Secretary-G…”).",
  },
  {
    id: id("microsoft-executive"),
    meeting: MEETING,
    organization: "microsoft",
    description: "A Microsoft executive (not named in the part of the page read)",
    capacity: "speaker",
    evidence: [cite(PR, "subheadline (“Microsoft Executive”)")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-eliasson"),
    meeting: MEETING,
    participation: id("jan-eliasson"),
    kind: "opening-remarks",
    text: "The Deputy Secretary-General said terrorists exploit religious belief to stir hatred and violence and to divide societies, and that their attacks target humanity's shared values and aim to spread fear, not only to kill.",
    evidence: [cite(PR, "paragraph 5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
