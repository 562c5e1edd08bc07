// E12: 12-13 December 2016, joint special meeting of the CTC and the 1267/1989/2253 Committee with
// FATF, "Depriving terrorist groups from accessing, raising, and moving funds: Practices and lessons learned".
import { cite } from "../anchor";
import { type D, prefixer, UN_HQ } from "./common";

const MEETING = "2016-12-12-depriving-terrorist-groups-of-funds";
const REPOST = "un-2016-12-joint-special-meeting-press-release-repost";
const AGENDA = "ctc-agenda-index-page-2";
const id = prefixer(MEETING);
const agendaEntry = "third entry (concept note and agenda of the joint special meeting)";

export const meeting = {
  id: MEETING,
  title: {
    value: "Depriving terrorist groups from accessing, raising, and moving funds: Practices and lessons learned",
    evidence: [cite(REPOST, "paragraph 3"), cite(AGENDA, agendaEntry)],
  },
  alternateTitles: [
    {
      value: "Depriving Terrorist Groups from Accessing, Raising, and Moving Funds: Practices and Lessons Learned",
      evidence: [cite(AGENDA, agendaEntry)],
      note: "As the concept note and agenda write it, in title case.",
    },
  ],
  dates: { value: { start: "2016-12-12", end: "2016-12-13" }, evidence: [cite(REPOST, "paragraph 2"), cite(AGENDA, agendaEntry)] },
  type: { value: "joint-special-meeting", evidence: [cite(REPOST, "paragraph 2"), cite(AGENDA, agendaEntry)] },
  organizers: [
    { organization: "1267-committee", role: "convener", evidence: [cite(REPOST, "paragraph 2"), cite(AGENDA, agendaEntry)] },
    { organization: "ctc", role: "convener", evidence: [cite(REPOST, "paragraph 2"), cite(AGENDA, agendaEntry)] },
    { organization: "fatf", role: "co-organizer", evidence: [cite(REPOST, "paragraph 2")] },
  ],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(AGENDA, agendaEntry), cite(REPOST, "paragraph 2")] },
  objectives: [
    {
      value: "To build on the Security Council meeting of December 2015 and the joint meeting of April 2016 by examining national practice and regional initiatives for better implementing the instruments against terrorist financing, including the Council's resolutions.",
      evidence: [cite(REPOST, "paragraph 3")],
    },
    { value: "To let the two committees, Member States and international and regional organizations discuss trends in terrorism financing and share practice and tools to deprive terrorists of financial resources.", evidence: [cite(REPOST, "paragraph 3")] },
  ],
  summary: {
    value:
      "A joint special meeting of the two committees, with FATF, Member States and international and regional organizations, on how terrorist groups still raise and move funds despite international efforts, and on better implementing the mechanisms that identify and disrupt terrorist financing so that returning foreign fighters, dormant cells and support networks cannot reach funds and assets.",
    evidence: [cite(REPOST, "paragraphs 1-3"), cite(AGENDA, agendaEntry)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "foreign-terrorist-fighters", "international-cooperation", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2253 (2015)", relation: "reference", evidence: [cite(REPOST, "paragraph 2")] }],
  related: [
    { external: { title: "Security Council meeting of Finance Ministers (resolution 2253 (2015))", date: "2015-12" }, relation: "follow-up-to", evidence: [cite(REPOST, "paragraphs 2-3")] },
    { meeting: "2016-04-14-joint-open-briefing-depriving-terrorist-groups-of-sources-of-funding", relation: "follow-up-to", evidence: [cite(REPOST, "paragraph 3")] },
  ],
  sources: [REPOST, AGENDA],
  notes: ["The repost reproduces the UN press release without its headline; the concept note and agenda are listed on the CTC's agenda index."],
  review: { state: "curated", checked: "2026-12-02" },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(REPOST, "paragraph 2")],
  },
  { id: id("fatf"), meeting: MEETING, organization: "fatf", capacity: "participant", evidence: [cite(REPOST, "paragraph 2"), cite(AGENDA, agendaEntry)] },
  { id: id("represented-1267-committee"), meeting: MEETING, organization: "1267-committee", capacity: "chair", evidence: [cite(REPOST, "paragraph 2")], note: "The meeting was organized and chaired by the two committees." },
];

export const statements: D["statements"] = [
  {
    id: id("statement-aboulatta-opening"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "opening-remarks",
    text: "Opening the meeting, the CTC Chair said countering terrorism financing remained an international priority, as the Council's meeting of Finance Ministers the previous December had shown, and recalled that by resolution 2253 the Council had reaffirmed its resolve against the threat from Al-Qaida, ISIL and their affiliates.",
    evidence: [cite(REPOST, "paragraph 2")],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
