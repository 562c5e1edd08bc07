// 12 December 2016: the Security Council's 7831st meeting, adopting resolution 2322 (2016) on international
// judicial and law enforcement cooperation against terrorism, which gives the CTC and CTED a central role.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-12-12-security-council-adopts-resolution-2322";
const PR = "un-press-2016-12-12-sc12620";
const UNODC = "unodc-2016-12-side-event-international-cooperation";
const CTC = "ctc-2017-06-unitedagainstterror-special-meeting";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "In Fight against Terrorism, Security Council Adopts Resolution 2322 (2016), Aiming to Strengthen International Judicial Cooperation",
    evidence: [cite(PR, "headline")],
    note: "The excerpt of the meetings coverage gives no agenda title; its headline is used.",
  },
  dates: {
    value: { start: "2016-12-12", end: "2016-12-12" },
    evidence: [cite(UNODC, "paragraph 2")],
    note: "The meetings coverage says 'today' without a date in the excerpt; UNODC dates the meeting 12 December 2016.",
  },
  type: { value: "security-council-meeting", evidence: [cite(PR, "header (7831st Meeting (PM))"), cite(UNODC, "paragraph 2")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  summary: {
    value:
      "The Council unanimously adopted resolution 2322 (2016) to strengthen international judicial and law enforcement cooperation against terrorism: it called on States to share information on foreign terrorist fighters, including biometric data, to downgrade threat intelligence for front-line screeners, to work together on administrative, police and judicial questions and against the ties between terrorists and organized crime, and to allow the widest possible cooperation, including joint investigations.",
    evidence: [cite(PR, "paragraphs 1-5")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["international-cooperation", "foreign-terrorist-fighters", "terrorism-crime-nexus", "ict-and-internet", "criminal-justice"],
  documents: [{ symbol: "resolution 2322 (2016)", relation: "outcome", date: "2016-12-12", evidence: [cite(PR, "headline and paragraphs 1-2"), cite(UNODC, "paragraph 2")] }],
  claims: [
    { value: "The resolution gives the Counter-Terrorism Committee and CTED a central part in spotting gaps and trends in international cooperation and asks CTED to report on the state of law enforcement and judicial cooperation.", evidence: [cite(CTC, "paragraphs 2-3")] },
  ],
  sources: [PR, UNODC, CTC],
  notes: ["No speaker is named in the excerpts read; UNODC held a side event with Spain and CTED on the margins of the meeting (a separate record)."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("council-members"), meeting: MEETING, organization: "un-security-council", description: "The 15 members of the Security Council", capacity: "participant", evidence: [cite(PR, "paragraphs 1-2"), cite(UNODC, "paragraph 2")] },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
