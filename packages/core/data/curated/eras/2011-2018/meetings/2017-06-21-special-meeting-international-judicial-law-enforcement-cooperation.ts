// 21 June 2017: the CTC's special meeting at UN Headquarters on international judicial and law enforcement
// cooperation under resolution 2322 (2016), after a day and a half of CTED technical consultations.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-06-21-special-meeting-international-judicial-law-enforcement-cooperation";
const AGENDA = "ctc-agenda-index-page-2";
const CTC = "ctc-2017-06-unitedagainstterror-special-meeting";
const EGY = "egypttoday-2017-06-23-egypt-chairs-ctc-meeting";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "International Judicial and Law Enforcement Cooperation in Counter-Terrorism Matters pursuant to Security Council resolution 2322 (2016) and Other Relevant Council Resolutions",
    evidence: [cite(AGENDA, "first entry (draft agenda)")],
  },
  alternateTitles: [
    { value: "#UnitedAgainstTerror: Special meeting of the UN Counter-Terrorism Committee on international judicial and law enforcement cooperation", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's report (the mirror replaced 'UN' with an injected token)." },
    { value: "Egypt chairs counter-terrorism committee meeting in the UN", evidence: [cite(EGY, "headline")], note: "Headline of a news report." },
  ],
  dates: { value: { start: "2017-06-21", end: "2017-06-21" }, evidence: [cite(AGENDA, "first entry"), cite(CTC, "paragraph 3"), cite(EGY, "paragraph 1")] },
  type: { value: "special-meeting", evidence: [cite(AGENDA, "first entry"), cite(CTC, "headline and paragraph 3")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 3"), cite(AGENDA, "first entry")] }],
  venue: { value: { mode: "in-person", locations: [{ name: "Conference Room 3, United Nations Headquarters", city: "New York", country: "United States" }] }, evidence: [cite(AGENDA, "first entry"), cite(EGY, "paragraph 1")] },
  objectives: [{ value: "To discuss the challenges of international judicial and law enforcement cooperation against terrorism and identify good practices and areas needing more effort.", evidence: [cite(CTC, "paragraph 3")] }],
  summary: {
    value:
      "After a summary of CTED's technical consultations of the preceding day and a half, the meeting discussed international law enforcement cooperation (Council of Europe, INTERPOL, OHCHR), international judicial cooperation (Eurojust, the League of Arab States, UNODC) and cross-regional cooperation. Egypt, which chaired, stressed judicial cooperation, information exchange against terrorist financing and arming, denial of safe haven, and preventing abuse of refugee status.",
    evidence: [cite(CTC, "paragraphs 1-3"), cite(EGY, "paragraphs 1-6")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions", "terrorism-financing", "human-rights", "criminal-justice"],
  sessions: [
    { id: "technical-consultations", kind: "plenary", title: { value: "Technical consultations organized by CTED (summary)", evidence: [cite(CTC, "paragraph 3")] } },
    { id: "session-1", kind: "thematic", number: 1, title: { value: "International law enforcement cooperation", evidence: [cite(CTC, "paragraph 3")] } },
    { id: "session-2", kind: "thematic", number: 2, title: { value: "International judicial cooperation", evidence: [cite(CTC, "paragraph 3")] } },
    { id: "session-3", kind: "thematic", number: 3, title: { value: "Cross-regional cooperation", evidence: [cite(CTC, "paragraph 3")] } },
  ],
  documents: [
    { symbol: "resolution 2322 (2016)", relation: "mandate", date: "2016", evidence: [cite(AGENDA, "first entry"), cite(CTC, "paragraphs 1-2")] },
  ],
  related: [{ meeting: "2016-12-12-security-council-adopts-resolution-2322", relation: "follow-up-to", evidence: [cite(CTC, "paragraphs 1-2")] }],
  sources: [CTC, EGY, AGENDA],
  notes: ["The draft agenda names Conference Room 3 and was published before the meeting (the listing is an agenda index)."],
  review: CURATED,
};

const panel = (organization: string, session: string) => ({
  id: id(`represented-${organization}`),
  meeting: MEETING,
  session,
  organization,
  capacity: "speaker" as const,
  evidence: [cite(CTC, "paragraph 3")],
});

export const participations: MeetingModule["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc", "amr-abdellatif-aboulatta-permanent-representative-egypt"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(EGY, "photo caption and paragraph 1")],
  },
  panel("council-of-europe", "session-1"),
  panel("interpol", "session-1"),
  panel("ohchr", "session-1"),
  panel("eurojust", "session-2"),
  panel("league-of-arab-states", "session-2"),
  panel("unodc", "session-2"),
  { id: id("represented-egypt"), meeting: MEETING, organization: "egypt", description: "The Egyptian delegation", capacity: "speaker", evidence: [cite(EGY, "paragraphs 4-6")] },
  { id: id("represented-wco"), meeting: MEETING, organization: "wco", capacity: "participant", evidence: [cite(EGY, "paragraph 3")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-egypt"),
    meeting: MEETING,
    participation: id("represented-egypt"),
    kind: "remarks",
    text: "Egypt's delegation stressed political will for judicial cooperation, information exchange to cut terrorists' funding and arms, security cooperation and use of INTERPOL, prosecution of those responsible, denial of safe haven, and preventing misuse of refugee status or political motives to block extradition, and called resolution 2322 a vital step whose implementation the Council should follow.",
    evidence: [cite(EGY, "paragraphs 4-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
