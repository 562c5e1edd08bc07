// 14 November 2024: the Security Council's annual briefing by the Chairs of its counter-terrorism and
// non-proliferation committees (1267, 1373 and 1540).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2024-11-14-annual-briefing-counter-terrorism-committee-chairs";
const UNIFEED = "unifeed-2024-11-14-counter-terrorism-committees";
const AL24 = "al24news-2024-11-algeria-calls-reform-counter-terrorism-system";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "UN / COUNTER TERRORISM COMMITTEES", evidence: [cite(UNIFEED, "story title")], note: "The UNifeed story's title; the Council's agenda title is not in the pages read." },
  alternateTitles: [{ value: "Algeria Calls for Comprehensive Reform of the Global Counter-Terrorism System at UN Security Council Meeting", evidence: [cite(AL24, "headline")], note: "Headline of AL24's report." }],
  dates: { value: { start: "2024-11-14", end: "2024-11-14" }, evidence: [cite(UNIFEED, "dateline and shot 2")] },
  type: { value: "security-council-briefing", evidence: [cite(AL24, "paragraph 1"), cite(UNIFEED, "shot 2")], note: "A Council session of briefings by the heads of the three committees." },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(AL24, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [{ name: "Security Council", city: "New York", country: "United States" }] }, evidence: [cite(UNIFEED, "dateline and shot 2")] },
  summary: {
    value:
      "The Chairs of the 1267, Counter-Terrorism and 1540 Committees briefed the Council on evolving threats: ISIL's continued capacity despite losses, terrorists' use of advanced technologies such as encrypted communication, machine learning and cryptocurrencies, rising terrorism in Africa and risks in Afghanistan, and the role of resolution 1540 against proliferation to non-State actors. Algeria, chairing the CTC, also called for an overhaul of the counter-terrorism framework.",
    evidence: [cite(UNIFEED, "shots 3-7"), cite(AL24, "paragraphs 1-5")],
  },
  topics: ["new-technologies", "implementation-of-resolutions", "international-cooperation", "terrorism-financing"],
  media: [{ id: "video", kind: "webcast", label: "UNifeed video story (shot list and soundbites)", status: "ok", url: "https://media.un.org/unifeed/en/asset/d330/d3308929", evidence: [cite(UNIFEED)] }],
  claims: [{ value: "The United Kingdom presided over the meeting.", evidence: [cite(AL24, "paragraph 1")] }],
  sources: [UNIFEED, AL24],
  notes: ["AL24's report does not date the meeting; it is linked to this one by its content (the three Chairs, the UK presidency, the CTC's year) and is cited with that caveat."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("vanessa-frazier", ["vanessa-frazier-permanent-representative-malta"], "malta", "speaker", [cite(UNIFEED, "shots 3-4")], { note: "She spoke on ISIL and Al-Qaida, the 1267 Committee's remit; the pages read do not state her post there this year." }),
  person("amar-bendjama", ["amar-bendjama-permanent-representative-algeria", "amar-bendjama-chair-ctc"], "ctc", "speaker", [cite(UNIFEED, "shots 4-5"), cite(AL24, "paragraph 3")]),
  person("andres-montalvo-sosa", ["andres-montalvo-sosa-permanent-representative-ecuador"], "ecuador", "speaker", [cite(UNIFEED, "shots 6-7")], { note: "He spoke on resolution 1540 (2004); the pages read do not state his post in the 1540 Committee." }),
];

export const statements: MeetingModule["statements"] = [
  said("vanessa-frazier", 1, "briefing", "She said the threat from ISIL and Al-Qaida kept developing: ISIL could still carry out serious attacks, and despite losing leaders and facing pressure it had drawn media coverage that magnified the perceived threat.", [cite(UNIFEED, "shot 4 soundbite")]),
  said("amar-bendjama", 1, "briefing", "As CTC Chair he reported nine assessment visits, closer work with UN resident coordinators, guidelines on drone threats and new tools for judging whether counter-terrorism measures work; he warned that terrorists use advanced technologies to evade detection and keep adapting to counter-measures.", [cite(UNIFEED, "shot 5 soundbite"), cite(AL24, "paragraph 3")]),
  said("amar-bendjama", 2, "remarks", "Speaking for Algeria, he called the Council's current approach unsustainable in the light of Algeria's lone fight against terrorism in the 1990s, asked for a new, comprehensive framework, and wanted the experts to concentrate on the hardest-hit regions, such as the Sahel and Lake Chad.", [cite(AL24, "paragraphs 4-5")]),
  said("andres-montalvo-sosa", 1, "briefing", "He said resolution 1540 remains a vital part of the non-proliferation architecture, keeping weapons of mass destruction from non-State actors.", [cite(UNIFEED, "shot 7 soundbite")]),
];

export const figures: MeetingModule["figures"] = [
  { id: id("figure-assessment-visits"), meeting: MEETING, participation: id("amar-bendjama"), value: 9, unit: "visits", measure: "evaluation visits to Member States in the Committee's past year", asStated: "nine", approximate: false, asOf: "2024-11-14", evidence: [cite(AL24, "paragraph 3")], confidence: 0.9 },
];

export const { quotes, corrections } = none;
