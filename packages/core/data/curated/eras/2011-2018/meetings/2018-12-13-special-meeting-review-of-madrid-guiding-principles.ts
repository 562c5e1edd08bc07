// 13 December 2018: the CTC's special meeting at UN Headquarters on “Security Council resolution 2396
// (2017): review of the Madrid Guiding Principles” on foreign terrorist fighters.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2018-12-13-special-meeting-review-of-madrid-guiding-principles";
const WEBTV = "webtv-2018-12-13-special-meeting-madrid-review-part-1";
const GC = "globalcenter-2018-12-kessels-remarks-special-meeting";
const CTC = "ctc-2018-11-21-chair-open-briefing-madrid-review";
const WEBTV_URL =
  "https://webtv.un.org/en/ga/watch/part-1-special-meeting-of-the-counter-terrorism-committee-on-%E2%80%9Csecurity-council-resolution-2396-2017-review-of-the-madrid-guiding-principles%E2%80%9D/5979200379001/?term=&lan=spanish";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Security Council resolution 2396 (2017): review of the Madrid Guiding Principles", evidence: [cite(WEBTV, "title")] },
  alternateTitles: [
    { value: "(Part 1) Special meeting of the Counter-Terrorism Committee on “Security Council resolution 2396 (2017): review of the Madrid Guiding Principles”", evidence: [cite(WEBTV, "title")], note: "Title of the Web TV recording of the first part." },
  ],
  dates: { value: { start: "2018-12-13", end: "2018-12-13" }, evidence: [cite(WEBTV, "date"), cite(CTC, "paragraph 2")] },
  type: { value: "special-meeting", evidence: [cite(WEBTV, "title"), cite(GC, "paragraph 1"), cite(CTC, "paragraph 2")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(WEBTV, "title"), cite(GC, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [{ name: "United Nations", city: "New York", country: "United States" }] }, evidence: [cite(CTC, "paragraph 2")], note: "Announced for the United Nations in New York by the Committee's page of 21 November 2018." },
  objectives: [
    {
      value: "To revisit the 2015 Madrid Guiding Principles in the light of the evolving threat of foreign terrorist fighters, particularly returnees and relocators and their families, and of the gaps that hinder States, and to identify new good practices, as resolution 2396 (2017) requested.",
      evidence: [cite(WEBTV, "description, paragraphs 2-3"), cite(GC, "paragraph 1")],
    },
  ],
  summary: {
    value:
      "The special meeting reviewed the Madrid Guiding Principles, 35 recommendations adopted in 2015 to curb the flow of foreign terrorist fighters. International organizations, governments and non-governmental stakeholders gave their input; the Global Center's Executive Director spoke on civil society's part in implementing the principles, drawing on a briefing for civil society held with CTED on 19 November 2018.",
    evidence: [cite(GC, "paragraphs 1-2"), cite(WEBTV, "description")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "research-network"],
  sessions: [
    { id: "opening", kind: "opening", title: { value: "Opening session", evidence: [cite(WEBTV, "programme")] } },
    { id: "session-1", kind: "thematic", number: 1, title: { value: "Open discussion on reviewing the Counter-Terrorism Committee’s Madrid Guiding Principles", evidence: [cite(WEBTV, "programme")] } },
    { id: "session-2", kind: "thematic", number: 2, title: { value: "Global research perspectives on cross-cutting trends, issues, developments, and threats", evidence: [cite(WEBTV, "programme")] } },
  ],
  media: [{ id: "webcast-part-1", kind: "webcast", label: "Webcast, part 1 (UN Web TV)", status: "ok", url: WEBTV_URL, evidence: [cite(WEBTV)] }],
  documents: [
    { symbol: "resolution 2396 (2017)", relation: "mandate", date: "2017-12", evidence: [cite(WEBTV, "title and description"), cite(GC, "paragraph 1")] },
    { symbol: "S/2015/939", relation: "framework", evidence: [cite(WEBTV, "description"), cite(GC, "paragraph 1")] },
  ],
  related: [
    { meeting: "2018-11-20-open-briefing-ahead-of-review-of-madrid-guiding-principles", relation: "follow-up-to", evidence: [cite(CTC, "paragraphs 1-2")] },
    { meeting: "2015-07-27-special-meeting-madrid-foreign-terrorist-fighters", relation: "follow-up-to", evidence: [cite(WEBTV, "description")] },
    { external: { title: "Interactive briefing for civil society organizations, academics and other non-governmental actors on the Madrid Guiding Principles review process (Global Center and CTED)", date: "2018-11-19" }, relation: "follow-up-to", evidence: [cite(GC, "paragraph 2")] },
  ],
  sources: [WEBTV, GC],
  notes: [
    "The CTC's page of 21 November 2018 (source `ctc-2018-11-21-chair-open-briefing-madrid-review`), which announced the meeting, is cited for its date, place and relation to the November briefing but is not listed among the sources reporting it.",
    "Only the Web TV page of the first part was read; the Global Center's page does not date the meeting, which is identified by its subject.",
    "The Chair who held the meeting is not named in these pages (the CTC Chair in 2018 was Gustavo Meza-Cuadra).",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("ctc-chair"), meeting: MEETING, organization: "ctc", description: "The Chair of the Counter-Terrorism Committee (not named)", capacity: "chair", evidence: [cite(GC, "paragraph 1")] },
  {
    id: id("eelco-kessels"),
    meeting: MEETING,
    person: "eelco-kessels",
    roles: ["eelco-kessels-executive-director-global-center"],
    organization: "global-center-on-cooperative-security",
    capacity: "speaker",
    evidence: [cite(GC, "paragraph 2")],
  },
  { id: id("participants"), meeting: MEETING, description: "Governments, international organizations and non-governmental stakeholders", capacity: "participant", evidence: [cite(GC, "paragraph 2")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-kessels"),
    meeting: MEETING,
    participation: id("eelco-kessels"),
    kind: "remarks",
    text: "He spoke on how civil society can support the effective implementation of the Madrid principles, building on recommendations from the briefing for civil society that the Global Center and CTED held on 19 November 2018.",
    evidence: [cite(GC, "paragraph 2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-madrid-recommendations"),
    meeting: MEETING,
    value: 35,
    unit: "recommendations",
    measure: "recommendations in the 2015 Madrid Guiding Principles",
    asStated: "35",
    approximate: false,
    evidence: [cite(GC, "paragraph 1")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
