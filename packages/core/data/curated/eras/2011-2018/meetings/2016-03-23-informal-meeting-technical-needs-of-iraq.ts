// 23 March 2016: informal CTC meeting on Iraq's counter-terrorism technical needs, the first with
// non-Council States, chaired by Amr Abdellatif Aboulatta (Egypt).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-03-23-informal-meeting-technical-needs-of-iraq";
const MFA = "knowledgebylanes-2016-03-egypt-heads-ctc-meeting-iraq";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The technical needs of Iraq in the field of counter-terrorism",
    evidence: [cite(MFA, "paragraph 1")],
    confidence: 0.8,
    note: "The purpose of the meeting in the words of the Egyptian Foreign Ministry's statement; no formal title is given.",
  },
  alternateTitles: [
    { value: "Egypt Heads UN Counter-Terrorism Committee Meeting with participation of States from outside the Council for the First Time", evidence: [cite(MFA, "headline")], note: "Headline of the report." },
  ],
  dates: {
    value: { start: "2016-03-23", end: "2016-03-23" },
    evidence: [cite(MFA, "paragraph 1")],
    confidence: 0.9,
    note: "The statement says Wednesday the 23rd of March without a year; 23 March 2016 was a Wednesday, Egypt chaired the Committee in 2016-2017, and the minute of silence for victims in Belgium fits the attacks of 22 March 2016.",
  },
  type: { value: "informal-meeting", evidence: [cite(MFA, "paragraph 1")], note: "The statement calls it an informal meeting of the Committee." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(MFA, "paragraph 1")] }],
  summary: {
    value:
      "The Committee's members met Iraq, several non-Council Member States and 16 international organizations to discuss Iraq's priority needs for counter-terrorism technical assistance, on the basis of CTED's assessment; Egypt presented the wide participation as a precedent for Security Council committees.",
    evidence: [cite(MFA, "paragraphs 1-2")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "technical-assistance"],
  claims: [
    { value: "According to Egypt's Foreign Ministry, it was the first Committee meeting with the participation of States from outside the Security Council.", evidence: [cite(MFA, "headline and paragraph 1")], confidence: 0.8, note: "The claim of a first is Egypt's." },
    { value: "The Chair opened the meeting with a minute of silence for the victims of terrorist acts in several countries, including Iraq and Belgium.", evidence: [cite(MFA, "paragraph 2")] },
  ],
  sources: [MFA],
  notes: ["The only source is a third-party reproduction of a statement by Egypt's Foreign Ministry; CTED's Executive Director, whose assessment was presented, is not named."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc", "amr-abdellatif-aboulatta-permanent-representative-egypt"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(MFA, "paragraph 2")],
  },
  { id: id("represented-iraq"), meeting: MEETING, organization: "iraq", capacity: "participant", evidence: [cite(MFA, "paragraph 1")] },
  {
    id: id("other-participants"),
    meeting: MEETING,
    description: "Member States from outside the Security Council and representatives of 16 international organizations (not named)",
    capacity: "participant",
    evidence: [cite(MFA, "paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-aboulatta"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "opening-remarks",
    text: "The Chair opened with a minute of silence for the victims of terrorism and presented CTED's assessment of Iraq's priority needs for technical assistance against terrorism.",
    evidence: [cite(MFA, "paragraph 2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-international-organizations"),
    meeting: MEETING,
    value: 16,
    unit: "international organizations",
    measure: "international organizations represented",
    asStated: "16",
    approximate: false,
    evidence: [cite(MFA, "paragraph 1")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
