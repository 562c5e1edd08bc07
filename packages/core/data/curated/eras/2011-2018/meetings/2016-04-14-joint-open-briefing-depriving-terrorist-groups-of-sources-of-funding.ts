// 14 April 2016: joint open briefing of the 1267/1989/2253 Committee and the CTC, with FATF, on depriving
// terrorist groups of sources of funding.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-04-14-joint-open-briefing-depriving-terrorist-groups-of-sources-of-funding";
const PR = "un-press-2016-04-sc12323";
const CTC = "ctc-2016-04-joint-briefing-financing-press-release";
const SC2017 = "un-press-2017-05-11-sc12816";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Depriving terrorist groups of sources of funding", evidence: [cite(PR, "paragraph 1"), cite(CTC, "paragraph 1")] },
  alternateTitles: [
    { value: "Joint Briefing of Two United Nations Security Council Committees Stresses Need for Member States to Do More to Counter Terrorism Financing", evidence: [cite(PR, "headline")], note: "Headline of the press release SC/12323." },
    { value: "Depriving terrorist groups of funding", evidence: [cite(SC2017, "paragraph 2")], note: "As the CTC Chair recalled it in the Council on 11 May 2017." },
    {
      value: "Joint briefing of two UN Security Council committees stresses need for Member States to do more to counter terrorism financing",
      evidence: [cite(CTC, "page title")],
      note: "The CTC press release's page title, which writes “UN” where its heading and the Council's release write the words out.",
    },
  ],
  dates: { value: { start: "2016-04-14", end: "2016-04-14" }, evidence: [cite(PR, "paragraph 1"), cite(CTC, "paragraph 1"), cite(SC2017, "paragraph 2")] },
  type: { value: "joint-briefing", evidence: [cite(PR, "headline and paragraph 1"), cite(CTC, "paragraph 1")], note: "A joint open briefing, in the release's words." },
  organizers: [
    { organization: "1267-committee", role: "convener", evidence: [cite(PR, "paragraph 1")] },
    { organization: "ctc", role: "convener", evidence: [cite(PR, "paragraph 1")] },
    { organization: "fatf", role: "co-organizer", evidence: [cite(PR, "paragraph 1")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ city: "New York", country: "United States" }] },
    evidence: [cite(CTC, "dateline")],
    confidence: 0.8,
    note: "The CTC's release is datelined New York; the room is not named, and the mode is not stated (a briefing that gathered private-sector representatives with the committees).",
  },
  summary: {
    value:
      "The two committees and FATF held an open briefing with private-sector representatives on financial intelligence and public-private partnership. Both committees backed FATF's standard-setting role and urged Member States to do more against terrorism financing through cooperation, information-sharing, new approaches and better targeting of resources.",
    evidence: [cite(PR, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "public-private-partnerships", "international-cooperation"],
  mentions: [{ organization: "new-zealand", evidence: [cite(PR, "contact paragraph")], note: "Its Permanent Mission is the press contact with CTED." }],
  sources: [PR, CTC, SC2017],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("represented-1267-committee"), meeting: MEETING, organization: "1267-committee", capacity: "speaker", evidence: [cite(PR, "paragraphs 1-3")] },
  { id: id("represented-ctc"), meeting: MEETING, organization: "ctc", capacity: "speaker", evidence: [cite(PR, "paragraphs 1-3")] },
  { id: id("represented-fatf"), meeting: MEETING, organization: "fatf", capacity: "participant", evidence: [cite(PR, "paragraph 1")] },
  { id: id("private-sector"), meeting: MEETING, description: "Representatives of the private sector (not named)", capacity: "participant", evidence: [cite(PR, "paragraph 3")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-committees"),
    meeting: MEETING,
    participation: id("represented-ctc"),
    onBehalfOf: ["ctc", "1267-committee"],
    kind: "joint-statement",
    text: "The two committees voiced support for FATF as the body setting international standards against money-laundering and terrorist abuse of the financial system, and urged States to do more against terrorism financing through greater cooperation, more information-sharing, innovation and better-targeted resources.",
    evidence: [cite(PR, "paragraphs 2-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
