// 20 November 2018: the CTC Chair's open briefing for the wider membership, in the Trusteeship Chamber,
// ahead of the special meeting reviewing the Madrid Guiding Principles under resolution 2396 (2017).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2018-11-20-open-briefing-ahead-of-review-of-madrid-guiding-principles";
const CTC = "ctc-2018-11-21-chair-open-briefing-madrid-review";
const WEBTV = "webtv-2018-11-20-interactive-open-briefing-madrid-review";
const WEBTV_URL =
  "https://webtv.un.org/en/ga/watch/interactive-open-briefing-for-the-wider-membership-in-advance-of-the-special-meeting-of-the-counter-terrorism-committee-on-%E2%80%9Csecurity-council-resolution-2396-2017-review-of-the-madrid-guiding-principles%E2%80%9D/5969542609001/?term=&lan=spanish";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Interactive open briefing for the wider membership in advance of the special meeting of the Counter-Terrorism Committee on “Security Council resolution 2396 (2017): review of the Madrid Guiding Principles”",
    evidence: [cite(WEBTV, "title")],
    note: "The pages give no separate theme for the briefing; its full name on UN Web TV is used.",
  },
  alternateTitles: [
    { value: "CTC Chair holds open briefing ahead of review of the Madrid Guiding Principles on foreign terrorist fighters", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's page." },
  ],
  dates: { value: { start: "2018-11-20", end: "2018-11-20" }, evidence: [cite(CTC, "paragraph 1"), cite(WEBTV, "date")] },
  type: { value: "open-briefing", evidence: [cite(CTC, "headline and paragraph 1"), cite(WEBTV, "title")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [{ name: "Trusteeship Chamber, United Nations Headquarters", city: "New York", country: "United States" }] }, evidence: [cite(CTC, "paragraph 3")] },
  objectives: [
    { value: "To discuss thematic priorities ahead of the Committee's special meeting on resolution 2396 (2017) and its review of the Madrid Guiding Principles.", evidence: [cite(CTC, "paragraph 1")] },
    { value: "To identify practical ways to close the gaps that hinder States in detecting, interdicting, prosecuting, rehabilitating and reintegrating foreign terrorist fighters who return or relocate, and their families, and to identify capacity-building needs.", evidence: [cite(CTC, "paragraph 5")] },
  ],
  summary: {
    value:
      "The Chair briefed the whole membership ahead of the review of the 2015 Madrid Guiding Principles. He said the principles appeared to have contributed to slowing the worldwide flow of foreign terrorist fighters, but that since 2015 more of them had tried to return home or relocate to third countries, an acute and growing threat.",
    evidence: [cite(CTC, "paragraphs 1-5")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions"],
  media: [{ id: "webcast", kind: "webcast", label: "Webcast (UN Web TV)", status: "ok", url: WEBTV_URL, evidence: [cite(WEBTV)] }],
  documents: [
    { symbol: "resolution 2396 (2017)", relation: "mandate", evidence: [cite(CTC, "paragraphs 1-2"), cite(WEBTV, "title and description")] },
    { symbol: "S/2015/939", relation: "framework", evidence: [cite(WEBTV, "description")] },
  ],
  related: [{ meeting: "2015-07-27-special-meeting-madrid-foreign-terrorist-fighters", relation: "follow-up-to", evidence: [cite(CTC, "paragraph 2"), cite(WEBTV, "description")] }],
  sources: [CTC, WEBTV],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("gustavo-meza-cuadra"),
    meeting: MEETING,
    person: "gustavo-meza-cuadra",
    roles: ["gustavo-meza-cuadra-chair-ctc", "gustavo-meza-cuadra-permanent-representative-peru"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraphs 1 and 4")],
  },
  { id: id("member-states"), meeting: MEETING, description: "All UN Member States (the wider membership)", capacity: "participant", evidence: [cite(CTC, "paragraphs 1 and 5")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-meza-cuadra"),
    meeting: MEETING,
    participation: id("gustavo-meza-cuadra"),
    kind: "opening-remarks",
    text: "He said applying the Madrid principles appeared to have slowed the global flow of foreign terrorist fighters, but that since 2015 growing numbers had tried to go home from the Middle East's conflict zones or move to third countries, which he called an acute and growing threat to all.",
    evidence: [cite(CTC, "paragraph 4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
