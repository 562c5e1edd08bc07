// 14 December 2020: virtual open briefing of the Counter-Terrorism Committee on the threat of terrorism in
// Latin America and the Caribbean.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2020-12-14-threat-of-terrorism-latin-america-caribbean";
const SRC = "ctc-2020-12-open-briefing-terrorism-latin-america-caribbean";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "The threat of terrorism in Latin America and the Caribbean", evidence: [cite(SRC, "headline and paragraph 1")] },
  alternateTitles: [
    { value: "Counter-Terrorism Committee holds virtual open briefing on “The threat of terrorism in Latin America and the Caribbean”", evidence: [cite(SRC, "headline")], note: "Headline of the CTC page." },
  ],
  dates: { value: { start: "2020-12-14", end: "2020-12-14" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "open-briefing", evidence: [cite(SRC, "headline and paragraphs 1 and 3")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(SRC, "headline and paragraph 3")] },
  summary: {
    value:
      "The Committee reviewed the terrorist threat in Latin America and the Caribbean and the region's responses. CTED's Executive Director described the region's progress since resolution 1373 (2001) and the changed threat; in the first session speakers gave an overview of the threat, including foreign terrorist fighters returning to or relocating from the Caribbean.",
    evidence: [cite(SRC, "paragraphs 1-3")],
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "terrorism-financing", "ict-and-internet"],
  sessions: [
    { id: "session-1", kind: "thematic", number: 1, summary: { value: "A survey of the threat as it then stood and of the responses to it.", evidence: [cite(SRC, "paragraph 3")] } },
  ],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(SRC, "paragraphs 1-2")] }],
  sources: [SRC],
  notes: ["The copy read is cut in its third paragraph."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("tarek-ladeb", ["tarek-ladeb-chair-ctc"], "ctc", "chair", [cite(SRC, "paragraph 3")]),
  person("michele-coninsx", ["michele-coninsx-executive-director-cted"], "cted", "speaker", [cite(SRC, "paragraphs 1-2")]),
  person("callixtus-joseph", [], "caricom-impacs", "presenter", [cite(SRC, "paragraph 3")], { session: "session-1" }),
];

export const statements: MeetingModule["statements"] = [
  said("michele-coninsx", 1, "remarks", "She said the States of the region had considerably strengthened their criminal-justice and operational capacity against terrorist networks since resolution 1373 (2001): over two thirds had recently adopted counter-terrorism laws in line with the Council's resolutions and the international instruments, and all CARICOM members met advance passenger information requirements; but the threat had changed a great deal since 2001.", [cite(SRC, "paragraphs 1-2")]),
  said("callixtus-joseph", 1, "presentation", "He listed the threats facing the CARICOM region: returning and relocating foreign terrorist fighters, violent extremist groups and online propaganda, cyber terrorism, illegal firearms trafficking, and the financing of terrorism.", [cite(SRC, "paragraph 3")]),
  said("tarek-ladeb", 1, "remarks", "He noted that over two hundred foreign terrorist fighters from the CARICOM region had gone to fight in Iraq and Syria by early 2018, and that they still posed a threat calling for prosecution, rehabilitation and reintegration.", [cite(SRC, "paragraph 3")]),
];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-states-with-recent-ct-legislation"),
    meeting: MEETING,
    participation: id("michele-coninsx"),
    value: 0.67,
    unit: "share of the region's States",
    measure: "States of Latin America and the Caribbean that recently adopted counter-terrorism legislation",
    asStated: "Over two-thirds",
    approximate: true,
    asOf: "2020-12-14",
    evidence: [cite(SRC, "paragraph 2")],
  },
  {
    id: id("figure-international-instruments"),
    meeting: MEETING,
    participation: id("michele-coninsx"),
    value: 19,
    unit: "instruments",
    measure: "international counter-terrorism instruments",
    asStated: "19",
    approximate: false,
    asOf: "2020-12-14",
    evidence: [cite(SRC, "paragraph 2")],
  },
  {
    id: id("figure-caricom-ftfs"),
    meeting: MEETING,
    participation: id("tarek-ladeb"),
    value: 200,
    unit: "foreign terrorist fighters",
    measure: "foreign terrorist fighters from the CARICOM region who went to Iraq and Syria (by early 2018)",
    asStated: "more than 200",
    approximate: true,
    asOf: "2018-01-01",
    evidence: [cite(SRC, "paragraph 3")],
  },
];

export const { quotes, corrections } = none;
