// 12-13 March 2025: United Nations Conference on National and Regional Counter-Terrorism Strategies, organized by
// CTED and Malta in St. Julian's; the Valletta Principles were launched.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2025-03-12-conference-national-regional-counter-terrorism-strategies";
const CTC = "ctc-2025-03-13-un-malta-conference-ct-strategies";
const LNM = "livenewsmalta-2025-03-un-conference-ct-strategies";
const LIST = "ctc-news-articles-listing-2025";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "United Nations Conference on National and Regional Counter-Terrorism Strategies", evidence: [cite(CTC, "paragraph 1"), cite(LNM, "headline and paragraph 2")] },
  dates: { value: { start: "2025-03-12", end: "2025-03-13" }, evidence: [cite(CTC, "paragraph 1"), cite(LIST, "fourth item")] },
  type: { value: "unknown", evidence: [cite(CTC, "paragraph 1")], note: "A conference; the vocabulary has no such type." },
  organizers: [
    { organization: "cted", role: "co-organizer", evidence: [cite(CTC, "paragraph 1"), cite(LNM, "paragraph 2")] },
    { organization: "malta", role: "co-organizer", evidence: [cite(CTC, "paragraph 1"), cite(LNM, "paragraph 2")] },
  ],
  venue: { value: { mode: "in-person", locations: [{ city: "St. Julian’s", country: "Malta" }] }, evidence: [cite(CTC, "paragraph 1"), cite(LNM, "paragraph 2")] },
  objectives: [{ value: "To encourage counter-terrorism strategies that are comprehensive and integrated, as the resolutions of the Council and the General Assembly call for.", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "Representatives of more than sixty countries concluded the review of the 2013 Bogotá Principles and launched the Valletta Principles, non-binding guidance for counter-terrorism strategies at national and regional level covering capacity-building, counter-financing, human rights, victims' rights and border management. Malta's President opened the conference; Malta's Deputy Prime Minister and CTED's Executive Director gave opening remarks.",
    evidence: [cite(CTC, "paragraphs 1-6"), cite(LNM, "paragraphs 1-4")],
  },
  topics: ["implementation-of-resolutions", "human-rights", "terrorism-financing", "international-cooperation"],
  documents: [
    { symbol: "Valletta Principles", relation: "outcome", date: "2025-03", evidence: [cite(LNM, "paragraphs 1 and 3"), cite(CTC, "paragraphs 4 and 6")] },
    { symbol: "Bogotá Principles", relation: "reference", date: "2013", evidence: [cite(LNM, "paragraph 3"), cite(CTC, "paragraph 4")] },
  ],
  related: [{ external: { title: "Conference in Colombia at which the Bogotá Principles were announced", date: "2013" }, relation: "follow-up-to", evidence: [cite(LNM, "paragraph 3")] }],
  claims: [{ value: "Malta's Deputy Prime Minister was to present the Valletta Principles to the General Assembly and the Council within days.", evidence: [cite(LNM, "paragraph 5")] }],
  sources: [CTC, LNM, LIST],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("myriam-spiteri-debono", ["myriam-spiteri-debono-president-malta"], "malta", "keynote", [cite(CTC, "paragraph 2"), cite(LNM, "paragraphs 2 and 6")]),
  person("ian-borg", ["ian-borg-deputy-prime-minister-malta"], "malta", "speaker", [cite(CTC, "paragraphs 3-4"), cite(LNM, "paragraph 2")]),
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(CTC, "paragraphs 3, 5 and 6")]),
];

export const statements: MeetingModule["statements"] = [
  said("myriam-spiteri-debono", 1, "opening-remarks", "In her keynote she said terrorism crosses borders and that its attacks end civilian lives and leave scars on communities that never fully heal; she recalled Malta's contribution to international peace and security.", [cite(CTC, "paragraph 2"), cite(LNM, "paragraph 6")]),
  said("ian-borg", 1, "opening-remarks", "He said the Valletta Principles would keep the 2013 Bogotá Principles useful, practical and inspiring.", [cite(CTC, "paragraph 4")]),
  said("natalia-gherman", 1, "opening-remarks", "She commended Malta's leadership and thanked it for hosting, and said the Valletta Principles would give Member States non-binding guidance for comprehensive, integrated national and regional strategies in the face of an evolving threat.", [cite(CTC, "paragraphs 5-6")]),
];

export const figures: MeetingModule["figures"] = [
  { id: id("figure-countries"), meeting: MEETING, value: 60, unit: "countries", measure: "countries whose representatives concluded the negotiations on the revised principles", asStated: "more than 60", approximate: true, evidence: [cite(LNM, "paragraph 1")] },
];

export const { quotes, corrections } = none;
