// 15 November 2010: the regular six-month briefing of the Security Council by the chairs of its three
// counter-terrorism committees, followed by debate; Ertuğrul Apakan briefs for the CTC.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2010-11-15-briefings-by-three-committee-chairmen";
const PR = "un-press-2010-11-15-sc10085";
const BR = "turkuno-2010-11-15-apakan-briefing";
const ST = "turkuno-2010-11-15-apakan-statement";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Hears Briefings from Chairs of Counter-Terrorism Committees, as Speakers Urge Broader, More Coordinated Effort to Tackle Global Scourge",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline stands as the title.",
  },
  alternateTitles: [
    {
      value: "Chairpersons Spotlight Work to Raise Committees’ Profiles, Improve Cooperation With States, Delegates Say Bodies Should be More Transparent, Respect Human Rights",
      evidence: [cite(PR, "subheading")],
      note: "Subheading of the press release.",
    },
  ],
  dates: { value: { start: "2010-11-15", end: "2010-11-15" }, evidence: [cite(PR, "date line"), cite(BR, "byline date")] },
  type: {
    value: "security-council-briefing",
    evidence: [cite(PR, "paragraph 1")],
    note: "The press release describes it as the chairs' regular open briefing, held every six months.",
    alternatives: [{ value: "security-council-open-debate", evidence: [cite(ST, "paragraph 1")], note: "Turkey's national statement thanks the presidency for arranging “this open debate”." }],
    preferred: "The Council's press release describes the format of the meeting; the national statement refers to the debate that followed the briefings.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line and paragraph 1"), cite(ST, "paragraph 1")] }],
  summary: {
    value:
      "In the half-yearly briefing (6424th meeting) participants stressed multilateral cooperation and judged efforts to make the three committees more effective, coordinated and transparent; delegates asked the bodies to be more transparent and to respect human rights. The 1267 chair, speaking for all three, reported cooperation among their expert groups, and the CTC's chair the Committee's more strategic and transparent approach.",
    evidence: [cite(PR, "subheadings and paragraphs 1-3"), cite(BR, "paragraphs 1-5")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions", "human-rights"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(BR, "paragraphs 4-5")] },
    { symbol: "resolution 1624 (2005)", relation: "mandate", evidence: [cite(BR, "paragraph 4")] },
  ],
  related: [
    { meeting: "2010-05-11-briefings-by-three-committee-chairmen", relation: "continues", evidence: [cite(BR, "paragraph 1")] },
    { external: { title: "Meeting in Ankara of officials from Council members' capitals and UN counter-terrorism figures", date: "2010-06" }, relation: "follow-up-to", evidence: [cite(ST, "paragraph 3")] },
  ],
  sources: [PR, BR, ST],
  notes: ["The 1540 Committee's chair is not named in the excerpts read; the venue is not stated."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("thomas-mayr-harting"),
    meeting: MEETING,
    person: "thomas-mayr-harting",
    roles: ["thomas-mayr-harting-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 2-3")],
  },
  {
    id: id("ertugrul-apakan"),
    meeting: MEETING,
    person: "ertugrul-apakan",
    roles: ["ertugrul-apakan-chair-ctc", "ertugrul-apakan-permanent-representative-turkey"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(BR, "heading and paragraph 1"), cite(ST, "heading")],
    note: "Briefed as Chairman, then spoke in his national capacity as Permanent Representative of Turkey.",
  },
  {
    id: id("1540-chair"),
    meeting: MEETING,
    organization: "1540-committee",
    description: "The Chairperson of the 1540 Committee (not named in the excerpts)",
    capacity: "speaker",
    evidence: [cite(PR, "headline and paragraph 1")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("mayr-harting-joint"),
    meeting: MEETING,
    participation: id("thomas-mayr-harting"),
    onBehalfOf: ["1267-committee", "ctc", "1540-committee"],
    kind: "joint-statement",
    text: "For the three committees, stressed cooperation between their expert groups, notably on outreach, welcomed the groups' new Common Strategy and said housing them in one place would help them cooperate and share information.",
    evidence: [cite(PR, "paragraph 2")],
  },
  {
    id: id("mayr-harting-1267"),
    meeting: MEETING,
    participation: id("thomas-mayr-harting"),
    onBehalfOf: ["1267-committee"],
    kind: "briefing",
    text: "Reported that the 1267 Committee's review of its Consolidated List had left 488 entries after 45 names were removed, set a standard for later reviews, and that all entries would be reviewed every three years.",
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("apakan-briefing"),
    meeting: MEETING,
    participation: id("ertugrul-apakan"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Reported on the Committee's work since May: with terrorists still active and no country immune, common efforts must continue; the Committee, with a more strategic and transparent approach, sought better implementation of resolutions 1373 and 1624, more cooperation among States and more visibility, and kept monitoring through the preliminary implementation assessments and the stocktaking exercise.",
    evidence: [cite(BR, "paragraphs 1-5")],
  },
  {
    id: id("apakan-national"),
    meeting: MEETING,
    participation: id("ertugrul-apakan"),
    onBehalfOf: ["turkey"],
    kind: "remarks",
    text: "In his national capacity, said that from February the Committee had cut the time given to technical business in favour of thematic and regional discussion; that a June 2010 meeting in Ankara of capital officials and UN counter-terrorism figures had explored the issues informally, many of them reflected in the presidential statement of 27 September; and that the format of the assessments should now focus more on gaps and needs.",
    evidence: [cite(ST, "paragraphs 2-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-list-entries"),
    meeting: MEETING,
    participation: id("thomas-mayr-harting"),
    value: 488,
    unit: "entries",
    measure: "entries on the 1267 Consolidated List after the review",
    asStated: "488",
    approximate: false,
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("figure-names-removed"),
    meeting: MEETING,
    participation: id("thomas-mayr-harting"),
    value: 45,
    unit: "names",
    measure: "names removed from the 1267 Consolidated List in the review",
    asStated: "45",
    approximate: false,
    evidence: [cite(PR, "paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
