// 24 May 2017: the Security Council (7949th meeting) unanimously adopts resolution 2354 (2017), welcoming the
// CTC's "Comprehensive international framework to counter terrorist narratives" (S/2017/375).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-05-24-security-council-adopts-resolution-2354";
const PR = "un-press-2017-sc12839";
const AV = "unmultimedia-2017-05-24-7949th-meeting";
const CTC = "ctc-2017-05-council-adopts-resolution-2354";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Threats to International Peace and Security", evidence: [cite(AV, "title")], note: "The agenda item, as the UN Audiovisual Library titles the meeting's recording." },
  alternateTitles: [
    { value: "Unanimously Adopting Resolution 2354 (2017), Security Council Urges Member States to Follow New Guidelines on Countering Terrorist Narratives", evidence: [cite(PR, "headline")], note: "Headline of the meetings coverage." },
    { value: "7949th Security Council Meeting: Threats to International Peace and Security", evidence: [cite(AV, "title")], note: "Title of the recording." },
  ],
  dates: { value: { start: "2017-05-24", end: "2017-05-24" }, evidence: [cite(CTC, "paragraph 1"), cite(AV, "date line")] },
  type: { value: "security-council-meeting", evidence: [cite(PR, "meeting line (“7949th Meeting (AM)”)"), cite(AV, "title")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1"), cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "The Council unanimously adopted resolution 2354 (2017), welcoming the Counter-Terrorism Committee's comprehensive international framework to counter terrorist narratives and urging States to follow its guidelines, within the principles of the Charter: better coordination of capacity-building, counter-messages fitted to each context, public awareness, amplifying credible alternative voices and research into the drivers of terrorism; the Committee was asked to collect good practices and keep a list of initiatives.",
    evidence: [cite(PR, "paragraphs 1-4"), cite(CTC, "paragraphs 1-2 and 4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorist-narratives", "implementation-of-resolutions", "international-cooperation"],
  documents: [
    { symbol: "resolution 2354 (2017)", relation: "outcome", evidence: [cite(PR, "headline and paragraph 2"), cite(CTC, "paragraph 1")] },
    { symbol: "S/2017/375", relation: "reference", evidence: [cite(PR, "paragraph 2"), cite(CTC, "paragraph 2")] },
  ],
  related: [
    { meeting: "2016-05-11-security-council-open-debate-countering-terrorist-narratives", relation: "follow-up-to", evidence: [cite(PR, "paragraph 2 (“submitted pursuant to a 2016 presidential statement (see Press Release SC/12355 of 11 May 2016)”)")] },
  ],
  claims: [
    { value: "The framework the resolution welcomed was a proposal developed by the Counter-Terrorism Committee.", evidence: [cite(CTC, "paragraph 1"), cite(PR, "paragraph 1")] },
  ],
  media: [
    { id: "recording", kind: "webcast", label: "Recording of the 7949th meeting (UN Audiovisual Library)", status: "ok", url: "https://www.unmultimedia.org/avlibrary/asset/1893/1893495/", evidence: [cite(AV, "title")] },
  ],
  sources: [PR, CTC, AV],
  notes: ["The speakers other than the Committee's Chair are not named in the pages read."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc", "amr-abdellatif-aboulatta-permanent-representative-egypt"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 3")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-aboulatta"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "remarks",
    text: "The Committee's Chair said the Council was not merely adding one more text to those it had already adopted, and pointed to the concrete recommendations the resolution contained.",
    evidence: [cite(CTC, "paragraph 3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-co-sponsors"),
    meeting: MEETING,
    value: 60,
    unit: "delegations",
    measure: "co-sponsors of resolution 2354 (2017)",
    asStated: "nearly 60",
    approximate: true,
    evidence: [cite(PR, "paragraph 2")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
