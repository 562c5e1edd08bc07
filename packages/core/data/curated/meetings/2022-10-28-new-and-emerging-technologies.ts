// E10, re-checked: 28-29 October 2022, special meeting of the Counter-Terrorism Committee in Mumbai and New Delhi,
// "Countering the use of new and emerging technologies for terrorist purposes"; the Delhi Declaration.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2022-10-28-new-and-emerging-technologies";
const IDSA = "idsa-2022-11-16-delhi-declaration";
const IDRW = "idrw-2022-11-ctc-plans-open-briefing-outcome-special-meeting";
const HOME = "ctc-homepage-2024-proxy-copy";
const RW = "republicworld-2022-10-29-kamboj-delhi-declaration";
const SENTINEL = "sentinelassam-2022-10-india-pledges-trust-fund";
const WION = "wionews-2022-10-29-jaishankar-counter-terrorism-priority";
const LOKMAT = "lokmattimes-2022-10-high-level-engagement-unsc-new-technologies";
const KAZ = "kazakhdaily-2022-10-technology-threats-ctc";
const PMI = "pmi-new-york-2022-12-02-kamboj-opening-remarks";
const UAS = "ctc-2022-09-cted-tech-sessions-uas";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Countering the use of new and emerging technologies for terrorist purposes",
    evidence: [cite(IDRW, "paragraph 2"), cite(HOME, "second item"), cite(PMI, "title and paragraph 2")],
  },
  alternateTitles: [
    {
      value: "Special meeting of the United Nations Security Council Counter-Terrorism Committee on “Countering the use of new and emerging technologies for terrorist purposes”",
      evidence: [cite(HOME, "second item")],
      note: "As the CTC home page announced it.",
    },
  ],
  dates: {
    value: { start: "2022-10-28", end: "2022-10-29" },
    evidence: [cite(IDRW, "paragraph 2"), cite(HOME, "second item"), cite(RW, "paragraph 5")],
    alternatives: [
      { value: { start: "2022-10-28", end: "2022-10-30" }, evidence: [cite(UAS, "paragraph 4")], note: "A CTC page of September 2022 announced the meeting for 28 to 30 October." },
      { value: { start: "2022-12-28", end: "2022-12-29" }, evidence: [cite(PMI, "paragraph 2")], note: "The Chair's remarks of 2 December 2022, as published by India's Mission, date it to December: a slip, since they present it as already held." },
    ],
    preferred: "The Chair's briefing to the Council, the CTC home page and the press reports of the meeting itself agree on 28 and 29 October 2022.",
  },
  type: { value: "special-meeting", evidence: [cite(IDRW, "paragraph 2"), cite(HOME, "second item"), cite(SENTINEL, "paragraph 3")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(IDRW, "paragraph 2")] },
    { organization: "india", role: "host", evidence: [cite(IDRW, "paragraph 2"), cite(PMI, "paragraph 2")] },
  ],
  venue: {
    value: {
      mode: "in-person",
      locations: [
        { city: "Mumbai", country: "India", dates: { start: "2022-10-28", end: "2022-10-28" } },
        { city: "New Delhi", country: "India", dates: { start: "2022-10-29", end: "2022-10-29" } },
      ],
    },
    evidence: [cite(RW, "paragraph 5"), cite(SENTINEL, "paragraphs 3 and 5")],
    note: "The sources name the cities; the opening tribute in Mumbai took place at the Hotel Taj Mahal Palace (see the claims).",
  },
  summary: {
    value:
      "Meeting away from New York, in Mumbai and then New Delhi, the Committee discussed the growing terrorist use of three technologies: online platforms and social media, new ways of paying and raising funds, and drones and other unmanned aerial systems. It paid tribute to victims of terrorism, including those of the 26/11 attacks in Mumbai, and adopted the Delhi Declaration, which commits it to recommendations on the three themes and to non-binding guiding principles for Member States.",
    evidence: [cite(IDRW, "paragraphs 2-7"), cite(RW, "paragraphs 1-3")],
  },
  topics: ["new-technologies", "ict-and-internet", "terrorism-financing", "international-cooperation"],
  sessions: [
    {
      id: "opening",
      kind: "opening",
      date: "2022-10-28",
      summary: { value: "Opening in Mumbai, with a tribute to the victims of terrorism.", evidence: [cite(SENTINEL, "paragraph 5"), cite(IDRW, "paragraph 4")] },
    },
    {
      id: "plenary",
      kind: "plenary",
      date: "2022-10-29",
      summary: { value: "Plenary session in New Delhi, opened by the keynote address of India's External Affairs Minister.", evidence: [cite(SENTINEL, "paragraph 3")] },
    },
  ],
  documents: [{ symbol: "Delhi Declaration on countering the use of new and emerging technologies for terrorist purposes", relation: "outcome", date: "2022-10-29", evidence: [cite(IDRW, "paragraphs 5-7"), cite(IDSA, "paragraphs 1 and 5")] }],
  mentions: [{ organization: "unoct", evidence: [cite(SENTINEL, "paragraph 6")], note: "India's contribution, paid into the UN Trust Fund for Counter-Terrorism, supports the Office's capacity-building." }],
  claims: [
    { value: "The Delhi Declaration was approved unanimously by the representatives of all fifteen Council members.", evidence: [cite(IDSA, "paragraph 5")] },
    {
      value: "It was the first meeting of the Committee away from United Nations Headquarters since 2015, and the seventh special meeting it held outside New York since 2001.",
      evidence: [cite(KAZ, "paragraph 1"), cite(PMI, "paragraph 3")],
      confidence: 0.9,
      note: "Stated by a preview and by the Chair's remarks of 2 December 2022; no source read contradicts it.",
    },
    { value: "It was the first such meeting of the Committee held in India.", evidence: [cite(SENTINEL, "paragraph 5")] },
    { value: "The delegates' tribute to the victims of terrorism in Mumbai was a ceremony at the Hotel Taj Mahal Palace.", evidence: [cite(SENTINEL, "paragraph 5")] },
  ],
  sources: [IDRW, HOME, RW, SENTINEL, WION, LOKMAT, KAZ, PMI, IDSA, UAS],
  notes: ["No report of the meeting itself on the CTC site was found; it is known from the CTC home page, the Chair's later briefings and press reports."],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked against every page cited; the dates' disagreement and the “first away since 2015” claim are recorded with their sources." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("ruchira-kamboj"),
    meeting: MEETING,
    person: "ruchira-kamboj",
    roles: ["ruchira-kamboj-permanent-representative-india", "ruchira-kamboj-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(RW, "paragraphs 1 and 5"), cite(IDRW, "paragraphs 1-2")],
  },
  {
    id: id("s-jaishankar"),
    meeting: MEETING,
    session: "plenary",
    person: "s-jaishankar",
    roles: ["s-jaishankar-external-affairs-minister-india"],
    organization: "india",
    capacity: "keynote",
    evidence: [cite(SENTINEL, "paragraphs 2-3"), cite(IDSA, "paragraph 2")],
  },
  {
    id: id("james-cleverly"),
    meeting: MEETING,
    person: "james-cleverly",
    roles: ["james-cleverly-foreign-secretary-united-kingdom"],
    organization: "united-kingdom",
    capacity: "speaker",
    evidence: [cite(WION, "paragraphs 7-9")],
  },
  {
    id: id("david-scharia"),
    meeting: MEETING,
    person: "david-scharia",
    roles: ["david-scharia-chief-of-branch-cted"],
    organization: "cted",
    capacity: "participant",
    evidence: [cite(LOKMAT, "paragraphs 1-3")],
    confidence: 0.8,
    note: "He commented on the meeting to the press after it; his part in the meeting itself is not stated.",
  },
  { id: id("india"), meeting: MEETING, organization: "india", capacity: "participant", evidence: [cite(SENTINEL, "paragraph 2")], note: "India pledged money, to be paid into the UN Trust Fund for Counter-Terrorism." },
];

export const statements: D["statements"] = [
  {
    id: id("statement-kamboj"),
    meeting: MEETING,
    participation: id("ruchira-kamboj"),
    kind: "remarks",
    text: "She said the meeting dealt with terrorists' abuse of new technologies (information and communication technologies, terrorist financing and unmanned aerial systems including drones) and that a Delhi Declaration would adopt non-binding guiding principles encouraging Member States to work together against terrorism.",
    evidence: [cite(RW, "paragraphs 2-3")],
  },
  {
    id: id("statement-jaishankar"),
    meeting: MEETING,
    participation: id("s-jaishankar"),
    kind: "remarks",
    text: "In his keynote he called terrorism the gravest threat to humanity, said the Council's sanctions-based architecture had put on notice the States that made terrorism an enterprise financed by the State, warned that the threat was still growing in Asia and Africa, and announced that India would give the UN Trust Fund for Counter-Terrorism half a million dollars that year as a voluntary contribution.",
    evidence: [cite(SENTINEL, "paragraphs 2-6"), cite(WION, "paragraphs 1-6"), cite(IDSA, "paragraph 2")],
  },
  {
    id: id("statement-cleverly"),
    meeting: MEETING,
    participation: id("james-cleverly"),
    kind: "remarks",
    text: "He described terrorism as a threat and a problem for the whole world, thanked India for focusing its Council presidency on it, and noted how in twenty years terrorists had moved from crude audio recordings to online recruitment and live-streamed attacks.",
    evidence: [cite(WION, "paragraphs 7-9")],
  },
  {
    id: id("statement-scharia"),
    meeting: MEETING,
    participation: id("david-scharia"),
    kind: "remarks",
    text: "He counted it an achievement in itself that the Council had taken up terrorist use of new technologies with such high-level participation, and that the outcome document would set out an action plan for the counter-terrorism community.",
    evidence: [cite(LOKMAT, "paragraphs 1-3")],
  },
];

export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-india-pledge-trust-fund"),
    meeting: MEETING,
    participation: id("s-jaishankar"),
    value: 500_000,
    unit: "USD",
    measure: "India's voluntary contribution for 2022, paid into the UN Trust Fund for Counter-Terrorism",
    asStated: "$500,000",
    approximate: false,
    evidence: [cite(SENTINEL, "headline and paragraph 2"), cite(IDSA, "paragraph 2")],
  },
];

export const corrections: D["corrections"] = [];
