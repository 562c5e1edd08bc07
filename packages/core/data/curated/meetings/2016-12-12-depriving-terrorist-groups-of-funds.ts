// E12: 12-13 December 2016, joint special meeting of the CTC and the 1267/1989/2253 Committee with
// FATF, "Depriving terrorist groups from accessing, raising, and moving funds: Practices and lessons learned".
import { cite } from "../anchor";
import { type D, prefixer, UN_HQ } from "./common";

const MEETING = "2016-12-12-depriving-terrorist-groups-of-funds";
const REPOST = "un-2016-12-joint-special-meeting-press-release-repost";
const AGENDA = "ctc-agenda-index-page-2";
const id = prefixer(MEETING);
const agendaEntry = "Concept note and agenda of the joint special meeting";

export const meeting = {
  id: MEETING,
  title: {
    value: "Depriving terrorist groups from accessing, raising, and moving funds: Practices and lessons learned",
    evidence: [cite(AGENDA, agendaEntry), cite(REPOST)],
  },
  dates: { value: { start: "2016-12-12", end: "2016-12-13" }, evidence: [cite(AGENDA, agendaEntry), cite(REPOST)] },
  type: { value: "joint-special-meeting", evidence: [cite(AGENDA, agendaEntry), cite(REPOST)] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(AGENDA, agendaEntry), cite(REPOST)] },
    { organization: "1267-committee", role: "convener", evidence: [cite(AGENDA, agendaEntry), cite(REPOST)] },
    { organization: "fatf", role: "co-organizer", evidence: [cite(REPOST)] },
  ],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(AGENDA, agendaEntry), cite(REPOST)] },
  summary: {
    value:
      "A joint special meeting of the Counter-Terrorism Committee and the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee, with the Financial Action Task Force, on depriving terrorist groups of funds. It followed the Security Council meeting of Finance Ministers of December 2015 (resolution 2253) and a similar joint meeting in April 2016.",
    evidence: [cite(REPOST)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "international-cooperation", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2253 (2015)", relation: "reference", evidence: [cite(REPOST)] }],
  sources: [REPOST, AGENDA],
  notes: [
    "It followed the Security Council meeting of Finance Ministers of December 2015 and a similar joint meeting in April 2016; neither is in the dataset.",
  ],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(REPOST)],
  },
  {
    id: id("fatf"),
    meeting: MEETING,
    organization: "fatf",
    capacity: "participant",
    evidence: [cite(REPOST)],
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
