// E0, the seed briefing: 27 June 2019, "Protection of soft targets through local engagement and
// public private partnerships". Every fact points into the archived press release or cites a page.
import type { DatasetInput } from "../../../src/schemas";
import { cite } from "../anchor";
import { seed, WEBTV_2019_06_27 } from "../sources";

type D = DatasetInput;

const MEETING = "2019-06-27-protection-of-soft-targets";
const WEBTV = "webtv-2019-06-27-soft-targets";
const SCN = "scn-2019-skellett-speaks-to-ctc";
const id = (suffix: string) => `${MEETING}-${suffix}`;

export const meeting = {
  id: MEETING,
  title: {
    value: "Protection of soft targets through local engagement and public private partnerships",
    evidence: [
      seed.span("Protection of soft targets through local engagement and public private partnerships", { nth: 0 }),
      cite(WEBTV, "Title"),
    ],
  },
  alternateTitles: [
    {
      value: "CTC holds open briefing on “Protection of soft targets through local engagement and public private partnerships”",
      evidence: [seed.span("CTC holds open briefing on “Protection of soft targets through local engagement and public private partnerships”")],
      note: "Headline of the press release.",
    },
    {
      value: "Open briefing of the Counter-Terrorism Committee on “Protection of soft targets through local engagement and public private partnerships”",
      evidence: [cite(WEBTV, "Title")],
      note: "Title on UN Web TV.",
    },
  ],
  dates: {
    value: { start: "2019-06-27", end: "2019-06-27" },
    evidence: [seed.span("On 27 June 2019"), cite(WEBTV, "Date: 27 Jun 2019")],
  },
  type: {
    value: "open-briefing",
    evidence: [seed.span("Open briefing", { after: "hosted an ", nth: 0 })],
  },
  organizers: [
    {
      organization: "ctc",
      role: "convener",
      evidence: [seed.span("the Counter-Terrorism Committee (CTC) hosted")],
    },
  ],
  venue: {
    value: {
      mode: "in-person",
      locations: [{ name: "United Nations Headquarters", city: "New York", country: "United States" }],
    },
    evidence: [cite(SCN)],
    note: "The press release does not name the venue; the Strong Cities Network's report of the briefing places it at UN Headquarters.",
  },
  objectives: [
    {
      value:
        "To raise the awareness of central and local governments, cities and businesses to the need to protect “soft” targets through preparedness measures in order to prevent, protect, mitigate, investigate, respond to and recover from damage from terrorist attacks against soft targets.",
      evidence: [
        seed.span(
          "The purpose of the meeting was to raise the awareness of central and local governments, cities and businesses to the need to protect “soft” targets through preparedness measures in order to prevent, protect, mitigate, investigate, respond to and recover from damage from terrorist attacks against soft targets.",
        ),
      ],
    },
    {
      value: "To mobilise the support of governments, cities and businesses for closer collaboration in protecting soft targets.",
      evidence: [cite(WEBTV, "Objectives")],
      note: "Paraphrased from the Web TV page.",
    },
    {
      value: "To identify key areas of work: collaboration, sharing good practices and lessons learned, and innovation.",
      evidence: [cite(WEBTV, "Objectives")],
      note: "Paraphrased from the Web TV page.",
    },
    {
      value:
        "To bring governments, cities, civil society and businesses together on ways to prevent, protect against, mitigate, investigate, respond to and recover from attacks on soft targets.",
      evidence: [cite(WEBTV, "Objectives")],
      note: "Paraphrased from the Web TV page.",
    },
    {
      value: "To collect existing good practices.",
      evidence: [cite(WEBTV, "Objectives")],
      note: "Paraphrased from the Web TV page.",
    },
    {
      value: "To help build public-private relationships.",
      evidence: [cite(WEBTV, "Objectives")],
      note: "Paraphrased from the Web TV page.",
    },
  ],
  summary: {
    value:
      "The Committee heard United Nations entities, international and regional bodies, city and civil-society networks, a police department and private companies on how to protect “soft” targets against terrorist attacks through local engagement and public-private partnerships.",
    evidence: [
      seed.span("The meeting featured representatives from the"),
      seed.span("Civil society and private sector representatives discussed prevention and incident response."),
    ],
    note: "Curators' summary of the press release.",
  },
  topics: [
    "soft-targets",
    "critical-infrastructure",
    "public-private-partnerships",
    "international-cooperation",
    "human-rights",
    "new-technologies",
  ],
  sessions: [
    {
      id: "opening",
      kind: "opening",
      title: { value: "Opening session", evidence: [cite(WEBTV, "Programme")] },
    },
    {
      id: "session-1",
      kind: "thematic",
      number: 1,
      title: {
        value:
          "Current threats, trends, and the normative framework relating to protection of critical infrastructure and “soft” targets; improving protection through international cooperation and capacity-building.",
        evidence: [cite(WEBTV, "Programme: Session I")],
      },
      summary: {
        value:
          "Current threats, trends, and the normative framework relating to protection of critical infrastructure and “soft” targets; and improving protection through international cooperation and capacity-building.",
        evidence: [
          seed.span(
            "The first session discussed current threats, trends, and the normative framework relating to protection of critical infrastructure and “soft” targets; and improving protection through international cooperation and capacity-building.",
          ),
        ],
      },
    },
    {
      id: "session-2",
      kind: "thematic",
      number: 2,
      title: {
        value:
          "Building and designing a whole-of-society approach on preparedness, prevention, response, recovery and investigation through coordination and cooperation among relevant stakeholders (including communities, civil society and local authorities); regional approaches and the protection of human rights.",
        evidence: [cite(WEBTV, "Programme: Session II")],
      },
      summary: {
        value:
          "The need for building and designing a whole-of-society approach on preparedness, prevention, response, recovery, and investigation through coordination and cooperation among relevant stakeholders (communities, civil society, and local authorities); regional approaches and the protection of human rights.",
        evidence: [
          seed.span(
            "The second session discussed the need for building and designing a whole-of-society approach on preparedness, prevention, response, recovery, and investigation through coordination and cooperation among relevant stakeholders (communities, civil society, and local authorities); regional approaches and the protection of human rights.",
          ),
        ],
      },
    },
    {
      id: "session-3",
      kind: "thematic",
      number: 3,
      title: {
        value:
          "Integrating the efforts of the public and private sectors to assure and strengthen the security of “soft” targets, including the role of technology and innovation in strengthening the security of “soft” targets.",
        evidence: [cite(WEBTV, "Programme: Session III")],
      },
      summary: {
        value:
          "Integration efforts of the public and private sector to strengthen “soft” targets, including the role of technology and innovation in strengthening the security of “soft targets.”",
        evidence: [
          seed.span(
            "The last session examined integration efforts of the public and private sector to strengthen “soft” targets, including the role of technology and innovation in strengthening the security of “soft targets.”",
          ),
        ],
      },
    },
    {
      id: "closing",
      kind: "closing",
      title: { value: "Closing session", evidence: [cite(WEBTV, "Programme")] },
    },
  ],
  media: [
    {
      id: "photos",
      kind: "photos",
      label: "More photos from the meeting (CTED)",
      status: "target-lost",
      evidence: [seed.span("More photos from the meeting can be found on CTED’s .")],
      note: "The copy lost both the link text and its target; the photos were on a CTED page that is not identified.",
    },
    {
      id: "webcast",
      kind: "webcast",
      label: "Full webcast of the meeting (UN Web TV)",
      status: "recovered",
      url: WEBTV_2019_06_27,
      evidence: [seed.span("Watch the full webcast of the meeting ."), cite(WEBTV)],
      note: "The copy lost the link; the webcast is the UN Web TV page of the briefing.",
    },
  ],
  sources: [seed.source, WEBTV, SCN],
  notes: [
    "The official address of the press release is inferred from the mirror's path and was not checked.",
    "The acting CTC Chair who gave the closing remarks is not named in the sources.",
  ],
  review: {
    state: "curated",
    checked: "2026-12-02",
    note: "Every fact checked against the archived press release and the UN Web TV page (27 of 27 facts confirmed by a reader's check).",
  },
} satisfies D["meetings"][number];

const speaker = (suffix: string) => id(suffix);

const represented = (organization: string, exact: string) => ({
  id: id(`represented-${organization}`),
  meeting: MEETING,
  organization,
  capacity: "participant" as const,
  evidence: [seed.span(exact, { after: "The meeting featured representatives from the", nth: 0 })],
});

export const participations = [
  {
    id: speaker("gustavo-meza-cuadra"),
    meeting: MEETING,
    session: "opening",
    person: "gustavo-meza-cuadra",
    roles: ["gustavo-meza-cuadra-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [seed.span("In his opening remarks, H.E. Mr. Gustavo Meza-Cuadra, Chair of the Counter-Terrorism Committee")],
  },
  {
    id: speaker("vladimir-voronkov"),
    meeting: MEETING,
    person: "vladimir-voronkov",
    roles: ["vladimir-voronkov-usg-unoct"],
    organization: "unoct",
    capacity: "speaker",
    evidence: [seed.span("Mr. Vladimir Voronkov, Under-Secretary-General of the United Nations Office of Counter-Terrorism said")],
  },
  {
    id: speaker("weixiong-chen"),
    meeting: MEETING,
    person: "weixiong-chen",
    roles: ["weixiong-chen-deputy-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [seed.span("Weixiong Chen, Deputy Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED) highlighted")],
  },
  {
    id: speaker("rebecca-skellett"),
    meeting: MEETING,
    person: "rebecca-skellett",
    roles: ["rebecca-skellett-head-scn"],
    organization: "strong-cities-network",
    capacity: "speaker",
    evidence: [seed.span("Rebecca Skellett, Head of the Strong Cities Network, said"), cite(SCN)],
  },
  {
    id: speaker("david-tessler"),
    meeting: MEETING,
    person: "david-tessler",
    roles: ["david-tessler-public-policy-manager-facebook"],
    organization: "facebook",
    capacity: "speaker",
    evidence: [seed.span("David Tessler, Public Policy Manager of the Counterterrorism and Dangerous Organizations team for Facebook, stated")],
  },
  {
    id: speaker("acting-ctc-chair"),
    meeting: MEETING,
    session: "closing",
    organization: "ctc",
    description: "The acting CTC Chair (not named in the sources)",
    capacity: "chair",
    evidence: [seed.span("In his closing remarks, the acting CTC Chair")],
  },
  represented("unoct", "Office of Counter-Terrorism"),
  represented("unaoc", "United Nations Alliance of Civilizations"),
  represented("interpol", "International Criminal Police Organization (INTERPOL)"),
  represented("gctf", "Global Counterterrorism Forum (GCTF)"),
  represented("strong-cities-network", "Strong Cities Network"),
  represented("network-for-religious-and-traditional-peacemakers", "Network for Religious and Traditional Peacemakers"),
  represented("european-commission", "European Commission"),
  represented("nypd", "New York Police Department (NYPD)"),
  represented("always-care-consulting-company", "The Always Care Consulting Company"),
  represented("jcdecaux", "JCDecaux"),
  represented("facebook", "Facebook"),
] satisfies D["participations"];

export const statements = [
  {
    id: id("statement-meza-cuadra-opening"),
    meeting: MEETING,
    session: "opening",
    participation: speaker("gustavo-meza-cuadra"),
    kind: "opening-remarks",
    text: "The recent attacks that have been carried out around the world demonstrate the significant human, economic, and political consequences that such attacks could have as well as the urgent need to strengthen measures to protect “soft” targets.",
    evidence: [
      seed.span(
        "stated that the recent attacks that have been carried out around the world demonstrate the significant human, economic, and political consequences that such attacks could have as well as the urgent need to strengthen measures to protect “soft” targets.",
      ),
    ],
  },
  {
    id: id("statement-voronkov"),
    meeting: MEETING,
    participation: speaker("vladimir-voronkov"),
    kind: "remarks",
    text: "It is only through collaboration and cooperation at the global, regional and national levels that we can reduce the vulnerability of soft targets to terrorist attacks.",
    evidence: [
      seed.span(
        "said that it is only through collaboration and cooperation at the global, regional and national levels that we can reduce the vulnerability of soft targets to terrorist attacks.",
      ),
    ],
  },
  {
    id: id("statement-chen"),
    meeting: MEETING,
    participation: speaker("weixiong-chen"),
    kind: "remarks",
    text: "Highlighted CTED’s role in “taking a proactive approach to this threat by incorporating consideration of the threat into its ongoing assessment and analysis of Member States’ implementation efforts including identifying gaps, trends, useful experiences, and effective practices.”",
    evidence: [
      seed.span(
        "highlighted CTEDs’ role in “taking a proactive approach to this threat by incorporating consideration of the threat into its ongoing assessment and analysis of Member States’ implementation efforts including identifying gaps, trends, useful experiences, and effective practices.”",
      ),
    ],
  },
  {
    id: id("statement-skellett-civil-society"),
    meeting: MEETING,
    participation: speaker("rebecca-skellett"),
    kind: "presentation",
    text: "Civil society plays a critical role and is the most vulnerable when tragedy strikes.",
    evidence: [seed.span("said that civil society plays a critical role and is the most vulnerable when tragedy strikes.")],
  },
  {
    id: id("statement-skellett-information-sharing"),
    meeting: MEETING,
    participation: speaker("rebecca-skellett"),
    kind: "presentation",
    text: "Emphasized the importance of information-sharing, trust-building and crisis management training.",
    evidence: [seed.span("Ms. Skellett emphasized the importance of information-sharing, trust-building and crisis management training.")],
  },
  {
    id: id("statement-tessler"),
    meeting: MEETING,
    participation: speaker("david-tessler"),
    kind: "presentation",
    text: "In 2018, Facebook removed about 25 million pieces of terrorist content; some 30,000 people work in safety and security, reviewing this kind of content and making sure that Facebook remains a safe platform.",
    evidence: [
      seed.span("stated that in 2018, Facebook removed about 25 million pieces of terrorist content."),
      seed.span(
        "“There are 30,000 people that work in safety and security,” that are reviewing this kind of content and “making sure that Facebook remains a safe platform,” Mr. Tessler said.",
      ),
    ],
  },
  {
    id: id("statement-acting-chair-closing"),
    meeting: MEETING,
    session: "closing",
    participation: speaker("acting-ctc-chair"),
    kind: "closing-remarks",
    text: "Highlighted the importance to share good practices and to find effective solutions to better protect “soft” targets, and reaffirmed the determination of the CTC and CTED to strengthen dialogue and cooperation in this area with Member States and with all other relevant partners.",
    evidence: [
      seed.span(
        "highlighted the importance to share good practices and to find effective solutions to better protect “soft” targets, and reaffirmed the determination of the CTC and CTED to strengthen dialogue and cooperation in this area with Member States and with all other relevant partners.",
      ),
    ],
  },
] satisfies D["statements"];

export const quotes = [
  {
    id: id("quote-meza-cuadra-cooperation"),
    meeting: MEETING,
    participation: speaker("gustavo-meza-cuadra"),
    statement: id("statement-meza-cuadra-opening"),
    text: "It is essential to build effective cooperation and coordination between national and local governments, the private sector, communities, and civil society to develop measures and strategies to mitigate attacks on soft targets",
    evidence: [
      seed.span(
        "It is essential to build effective cooperation and coordination between national and local governments, the private sector, communities, and civil society to develop measures and strategies to mitigate attacks on soft targets",
      ),
    ],
  },
  {
    id: id("quote-chen-proactive-approach"),
    meeting: MEETING,
    participation: speaker("weixiong-chen"),
    statement: id("statement-chen"),
    text: "taking a proactive approach to this threat by incorporating consideration of the threat into its ongoing assessment and analysis of Member States’ implementation efforts including identifying gaps, trends, useful experiences, and effective practices.",
    evidence: [
      seed.span(
        "taking a proactive approach to this threat by incorporating consideration of the threat into its ongoing assessment and analysis of Member States’ implementation efforts including identifying gaps, trends, useful experiences, and effective practices.",
      ),
    ],
  },
  {
    id: id("quote-tessler-30000-people"),
    meeting: MEETING,
    participation: speaker("david-tessler"),
    statement: id("statement-tessler"),
    text: "There are 30,000 people that work in safety and security",
    evidence: [seed.span("There are 30,000 people that work in safety and security")],
  },
  {
    id: id("quote-tessler-safe-platform"),
    meeting: MEETING,
    participation: speaker("david-tessler"),
    statement: id("statement-tessler"),
    text: "making sure that Facebook remains a safe platform",
    evidence: [seed.span("making sure that Facebook remains a safe platform")],
  },
] satisfies D["quotes"];

export const figures = [
  {
    id: id("figure-facebook-terrorist-content-removed-2018"),
    meeting: MEETING,
    participation: speaker("david-tessler"),
    value: 25_000_000,
    unit: "pieces of content",
    measure: "terrorist content removed by Facebook",
    asStated: "about 25 million pieces of terrorist content",
    approximate: true,
    period: { start: "2018-01-01", end: "2018-12-31" },
    evidence: [seed.span("in 2018, Facebook removed about 25 million pieces of terrorist content")],
  },
  {
    id: id("figure-facebook-safety-and-security-staff"),
    meeting: MEETING,
    participation: speaker("david-tessler"),
    value: 30_000,
    unit: "people",
    measure: "people working in safety and security at Facebook, reviewing content",
    asStated: "30,000 people",
    approximate: false,
    asOf: "2019-06-27",
    evidence: [seed.span("There are 30,000 people that work in safety and security")],
  },
] satisfies D["figures"];

const injected = seed.locate("缅北禁地", { after: "representatives from the " });
const firstLine = seed.locate("缅北禁地\n\n", { nth: 0 });
const photosGap = seed.locate(" .", { after: "can be found on CTED’s", nth: 0 });
const webcastGap = seed.locate(" .", { after: "Watch the full webcast of the meeting" });
const typo = seed.locate("CTEDs’");
const caption = seed.locate("Open briefing about protecting soft targets.");
const text = (r: { start: number; end: number }) => Array.from(seed.text).slice(r.start, r.end).join("");

export const corrections = [
  {
    id: id("correction-injected-first-line"),
    source: seed.source,
    kind: "injected-text-excised",
    action: "repaired",
    ...firstLine,
    before: text(firstLine),
    after: "",
    rationale:
      "The first line is spam injected into the defaced mirror (a Chinese phrase unrelated to the article, before the headline); excised with the blank lines after it.",
    confidence: 1,
  },
  {
    id: id("correction-injected-token-unoct"),
    source: seed.source,
    kind: "injected-text-excised",
    action: "repaired",
    ...injected,
    before: text(injected),
    after: "",
    rationale: "The same spam token, glued into the list of organizations in place of words; excised.",
    confidence: 1,
    related: [id("correction-restored-united-nations")],
  },
  {
    id: id("correction-restored-united-nations"),
    source: seed.source,
    kind: "words-restored",
    action: "repaired",
    start: injected.start,
    end: injected.start,
    before: "",
    after: "United Nations ",
    rationale:
      "The token replaced the words “United Nations”: the entity is the United Nations Office of Counter-Terrorism, named in full later in the same text with its Under-Secretary-General.",
    confidence: 0.95,
    related: [id("correction-injected-token-unoct")],
  },
  {
    id: id("correction-lost-link-photos"),
    source: seed.source,
    kind: "lost-link-target",
    action: "flagged",
    ...photosGap,
    before: text(photosGap),
    after: text(photosGap),
    rationale: "The link to CTED’s photo page lost its text and target in the copy (“on CTED’s .”); the target is not recovered.",
    confidence: 1,
  },
  {
    id: id("correction-lost-link-webcast"),
    source: seed.source,
    kind: "lost-link-target",
    action: "flagged",
    ...webcastGap,
    before: text(webcastGap),
    after: text(webcastGap),
    rationale: "The link to the webcast lost its text and target in the copy (“the meeting .”); the target is the UN Web TV page of the briefing.",
    confidence: 1,
    recoveredUrl: WEBTV_2019_06_27,
  },
  {
    id: id("correction-typo-cteds"),
    source: seed.source,
    kind: "typo",
    action: "repaired",
    ...typo,
    before: text(typo),
    after: "CTED’s",
    rationale: "Misplaced apostrophe in the original: the possessive of the singular “CTED” is “CTED’s”.",
    confidence: 0.9,
  },
  {
    id: id("correction-orphaned-caption"),
    source: seed.source,
    kind: "orphaned-caption",
    action: "flagged",
    ...caption,
    before: text(caption),
    after: text(caption),
    rationale:
      "A photo caption left standing between blank lines where the copy lost the photo; kept in the text, not used as a fact.",
    confidence: 0.8,
  },
] satisfies D["corrections"];
