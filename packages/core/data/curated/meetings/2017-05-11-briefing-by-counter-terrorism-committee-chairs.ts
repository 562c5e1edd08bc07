// E1: 11 May 2017, the Security Council's 7936th meeting: the chairs of its three counter-terrorism-related
// committees brief; the CTC Chair, Amr Abdellatif Aboulatta (Egypt), delivers their joint statement.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-05-11-briefing-by-counter-terrorism-committee-chairs";
const SRC = "ctc-2017-05-11-briefing-by-committee-chairs";
const PR = "un-press-2017-05-11-sc12816";
const SCR = "scr-2017-05-forecast-counter-terrorism";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Chairs of Security Council Subsidiary Bodies Brief on Anti-terrorism Efforts, Non-proliferation of Weapons to Non-State Actors",
    evidence: [cite(PR, "headline")],
    note: "No agenda title is given in the pages read; the headline of the UN meetings coverage is used.",
  },
  alternateTitles: [
    {
      value: "Briefing of the Security Council by three of its subsidiary bodies on counter-terrorism and non-proliferation",
      evidence: [cite(SRC, "paragraph 1")],
      note: "How the CTC's page describes the meeting (its own headline is not in the copy read).",
    },
  ],
  dates: { value: { start: "2017-05-11", end: "2017-05-11" }, evidence: [cite(SRC, "paragraph 1"), cite(SCR, "paragraph 1 (briefing scheduled for May)")] },
  type: { value: "security-council-briefing", evidence: [cite(SRC, "paragraph 1"), cite(PR, "headline and paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SRC, "paragraph 1"), cite(PR, "header (7936th Meeting (AM))")] }],
  summary: {
    value:
      "For the three committees, the CTC Chair described their cooperation: experts of the 1267 and 1540 committees had joined CTC visits to Kazakhstan (May 2016) and Tajikistan (February 2017), the committees had shared information on terrorism financing, including at the April 2016 open briefing with FATF, and CTED and the Monitoring Team had worked on preventing terrorist use of ICT. The 1540 Committee's Chair welcomed joint work on trafficking risks on online trading platforms. In the debate, Council members voiced concern at continuing recruitment by ISIL, Al-Qaida, Al-Nusra Front and other groups and called for a comprehensive response.",
    evidence: [cite(PR, "paragraphs 1-4"), cite(SRC, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "ict-and-internet", "international-cooperation", "implementation-of-resolutions", "weapons-of-mass-destruction", "sanctions"],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Webcast recording of the briefing",
      status: "target-lost",
      evidence: [cite(SRC, "paragraph 5")],
      note: "The copy read lost the link's target; the recording was not found.",
    },
    {
      id: "full-coverage",
      kind: "document",
      label: "Full briefing coverage",
      status: "recovered",
      url: "https://press.un.org/en/2017/sc12816.doc.htm",
      evidence: [cite(SRC, "paragraph 4"), cite(PR)],
      note: "The copy lost the target of the “here” link to the full coverage; the UN meetings coverage of the same meeting (SC/12816) is that coverage.",
    },
  ],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(PR, "paragraph 2")] },
    { symbol: "resolution 1540 (2004)", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
  ],
  related: [{ meeting: "2016-04-14-joint-open-briefing-depriving-terrorist-groups-of-sources-of-funding", relation: "follow-up-to", evidence: [cite(PR, "paragraph 2"), cite(SRC, "paragraph 2")] }],
  series: { value: { name: "annual briefings of the Security Council by the chairs of its counter-terrorism-related committees" }, evidence: [cite(SCR, "paragraph 1")] },
  claims: [{ value: "The joint briefings of the three chairs, formerly semi-annual, have been annual since the briefing of 4 May 2016.", evidence: [cite(SCR, "paragraph 1")] }],
  sources: [SRC, PR, SCR],
  notes: ["The relation to the April 2016 open briefing is recorded as `follow-up-to` because the joint statement cites it as part of the committees' cooperation."],
  review: { state: "curated", checked: "2026-12-02" },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-permanent-representative-egypt", "amr-abdellatif-aboulatta-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 1"), cite(PR, "paragraph 2")],
  },
  {
    id: id("sacha-sergio-llorentty-soliz"),
    meeting: MEETING,
    person: "sacha-sergio-llorentty-soliz",
    roles: ["sacha-sergio-llorentty-soliz-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3"), cite(SCR, "paragraph 1")],
  },
  {
    id: id("kairat-umarov"),
    meeting: MEETING,
    person: "kairat-umarov",
    roles: ["kairat-umarov-chair-1267-committee"],
    organization: "1267-committee",
    capacity: "speaker",
    evidence: [cite(SCR, "paragraph 1")],
    confidence: 0.8,
    note: "Named as an expected briefer in Security Council Report's preview; the excerpts of the reports do not reach his part.",
  },
  {
    id: id("council-members"),
    meeting: MEETING,
    description: "Members of the Security Council in the ensuing debate (not named in the excerpts)",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 4"), cite(SRC, "paragraph 3")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-aboulatta-joint"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    onBehalfOf: ["ctc", "1267-committee", "1540-committee"],
    kind: "joint-statement",
    text: "He stressed how the committees and their expert groups worked together against terrorism and against the danger of non-State actors acquiring weapons of mass destruction: their experts had coordinated country visits (Kazakhstan in May 2016, Tajikistan in February 2017), shared information on terrorism financing, including at the April 2016 open briefing on cutting off terrorist groups' funds, and CTED and the 1267 Monitoring Team had worked together on preventing terrorist use of ICT, including the Internet.",
    evidence: [cite(SRC, "paragraphs 1-2"), cite(PR, "paragraph 2")],
  },
  {
    id: id("statement-llorentty-soliz"),
    meeting: MEETING,
    participation: id("sacha-sergio-llorentty-soliz"),
    kind: "briefing",
    text: "He welcomed the committees' joint work on how online marketplaces such as eBay and Ali Baba can be used for illicit trafficking and terrorism, which he said helped the 1540 Committee support States' implementation.",
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("statement-council-members"),
    meeting: MEETING,
    participation: id("council-members"),
    kind: "remarks",
    text: "Council members were concerned at the continuing recruitment by ISIL (Da'esh), Al-Qaida, Al-Nusra Front and other terrorist groups and called for a comprehensive, well-planned international response.",
    evidence: [cite(PR, "paragraph 4"), cite(SRC, "paragraph 3")],
  },
];

export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
