// 24 April 2015: workshop hosted by New York University and CTED on collaboration to counter terrorists'
// exploitation of information and communication technologies.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2015-04-24-nyu-cted-workshop-ict";
const A = "ctc-2015-04-nyu-cted-workshop-ict";
const B = "ctc-2015-04-nyu-cted-workshop-ict-node-22617";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Collaboration to counter terrorists exploiting information and communication technologies (ICT)", evidence: [cite(A, "paragraph 1"), cite(B, "paragraph 1")] },
  dates: { value: { start: "2015-04-24", end: "2015-04-24" }, evidence: [cite(A, "paragraph 1"), cite(B, "paragraph 1")] },
  type: { value: "workshop", evidence: [cite(A, "paragraph 1"), cite(B, "photo caption and paragraph 1")] },
  organizers: [
    { organization: "new-york-university", role: "host", evidence: [cite(A, "paragraph 1"), cite(B, "paragraph 1")], },
    { organization: "cted", role: "host", evidence: [cite(A, "paragraph 1"), cite(B, "paragraph 1")] },
  ],
  summary: {
    value:
      "The workshop examined how terrorists use information and communication technologies, how quickly a would-be fighter can now reach a terrorist group and travel to a conflict zone, and strategic dilemmas: when to stop or keep tracking a traveller, how to monitor online without policing thought, when to remove content, and how to speed up mutual legal assistance. Many argued that the problem is the content and the users, not the technology.",
    evidence: [cite(A, "paragraphs 1-4"), cite(B, "paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["ict-and-internet", "foreign-terrorist-fighters", "international-cooperation", "human-rights"],
  sources: [A, B],
  notes: [
    "Hosted jointly by CTED and NYU's School of Professional Studies/Center for Global Affairs; the venue is not stated.",
    "The same article was read on two mirrors under two node numbers (22626 and 22617); one copy has lost a word that the other keeps.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("jean-paul-laborde"),
    meeting: MEETING,
    person: "jean-paul-laborde",
    roles: ["jean-paul-laborde-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(A, "paragraph 1"), cite(B, "paragraph 1")],
  },
  {
    id: id("speakers"),
    meeting: MEETING,
    description: "Other speakers (not named)",
    capacity: "speaker",
    evidence: [cite(A, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-laborde"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    kind: "remarks",
    text: "Citing the recent cyber-attack that shut down the TV5 channels, websites and social media accounts, he said information and communication technologies serve malicious as well as legitimate ends.",
    evidence: [cite(A, "paragraph 1")],
  },
  {
    id: id("statement-speaker"),
    meeting: MEETING,
    participation: id("speakers"),
    kind: "remarks",
    text: "One speaker noted that, unlike in 2001, a would-be terrorist can now contact a group, book travel and apply for a visa online and reach a conflict zone the same day.",
    evidence: [cite(A, "paragraph 2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-tv5-channels"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    value: 11,
    unit: "channels",
    measure: "TV5 channels shut down by the attack he recalled",
    asStated: "11",
    approximate: false,
    evidence: [cite(A, "paragraph 1")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
