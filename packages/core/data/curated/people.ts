// People and their posts (roles), one record each across all meetings.
import type { DatasetInput } from "../../src/schemas";
import { cite } from "./anchor";
import { eventPeople, eventRoles } from "./people-events";
import { seed } from "./sources";

type PersonInput = DatasetInput["people"][number];
type RoleInput = DatasetInput["roles"][number];

export const people = [
  {
    id: "gustavo-meza-cuadra",
    name: "Gustavo Meza-Cuadra",
    givenName: "Gustavo",
    familyName: "Meza-Cuadra",
    sortName: "Meza-Cuadra, Gustavo",
    evidence: [seed.span("Gustavo Meza-Cuadra"), cite("ctc-2018-10-09-open-briefing-terrorcrimenexus")],
  },
  {
    id: "vladimir-voronkov",
    name: "Vladimir Voronkov",
    givenName: "Vladimir",
    familyName: "Voronkov",
    sortName: "Voronkov, Vladimir",
    evidence: [seed.span("Vladimir Voronkov")],
  },
  {
    id: "weixiong-chen",
    name: "Weixiong Chen",
    givenName: "Weixiong",
    familyName: "Chen",
    sortName: "Chen, Weixiong",
    evidence: [seed.span("Weixiong Chen"), cite("ctc-2022-03-24-open-meeting-terrorist-narratives")],
  },
  {
    id: "rebecca-skellett",
    name: "Rebecca Skellett",
    givenName: "Rebecca",
    familyName: "Skellett",
    sortName: "Skellett, Rebecca",
    evidence: [seed.span("Rebecca Skellett"), cite("scn-2019-skellett-speaks-to-ctc")],
  },
  {
    id: "david-tessler",
    name: "David Tessler",
    givenName: "David",
    familyName: "Tessler",
    sortName: "Tessler, David",
    evidence: [seed.span("David Tessler")],
  },
  ...eventPeople,
] satisfies PersonInput[];

const SEED_DAY = "2019-06-27";

export const roles = [
  {
    id: "gustavo-meza-cuadra-chair-ctc",
    person: "gustavo-meza-cuadra",
    organization: "ctc",
    title: "Chair",
    titleAsStated: "Chair of the Counter-Terrorism Committee",
    honorific: "H.E. Mr.",
    start: "2018-01-25",
    end: SEED_DAY,
    term: {
      start: "2018-01-01",
      evidence: [cite("ctc-2018-01-new-chair-outlines-priorities", "paragraph 1")],
      note: "He assumed the chairmanship on 1 January 2018, after his election as Chair.",
    },
    evidence: [
      seed.span("H.E. Mr. Gustavo Meza-Cuadra, Chair of the Counter-Terrorism Committee"),
      cite("ctc-2018-01-new-chair-outlines-priorities", "paragraph 1"),
      cite("ctc-2018-10-09-open-briefing-terrorcrimenexus"),
      cite("ctc-2018-11-21-chair-open-briefing-madrid-review", "paragraphs 1 and 4"),
      cite("ctc-2019-04-26-joint-special-meeting-terrorism-organized-crime", "paragraph 3"),
    ],
    note: "One record of the post, observed from his first plenary as Chair (25 January 2018) to 27 June 2019. The page of 21 November 2018 words it “Chair of the Security Council Counter-Terrorism Committee (CTC)”.",
  },
  {
    id: "gustavo-meza-cuadra-permanent-representative-peru",
    person: "gustavo-meza-cuadra",
    organization: "peru",
    title: "Permanent Representative",
    titleAsStated: "Ambassador and Permanent Representative of Peru to the United Nations",
    honorific: "H.E.",
    start: "2018-01-25",
    end: "2018-11-20",
    evidence: [
      cite("ctc-2018-01-new-chair-outlines-priorities", "paragraph 1"),
      cite("ctc-2018-10-09-open-briefing-terrorcrimenexus"),
      cite("ctc-2018-11-21-chair-open-briefing-madrid-review", "paragraph 4"),
    ],
    note: "The page of 25 January 2018 words it “Ambassador and Permanent Representative of the Republic of Peru to the United Nations”.",
  },
  {
    id: "vladimir-voronkov-usg-unoct",
    person: "vladimir-voronkov",
    organization: "unoct",
    title: "Under-Secretary-General",
    titleAsStated: "Under-Secretary-General of the United Nations Office of Counter-Terrorism",
    honorific: "Mr.",
    start: "2017-09-28",
    end: "2025-08-20",
    evidence: [
      seed.span("Mr. Vladimir Voronkov, Under-Secretary-General of the United Nations Office of Counter-Terrorism"),
      cite("un-press-2017-09-28-sc13011", "paragraph 2"),
      cite("indiablooms-2017-09-29-all-of-un-approach", "paragraph 2"),
      cite("ctc-2018-05-security-council-briefed-iraq", "item body, paragraph 1"),
      cite("un-s-2021-48-letter-president-security-council"),
      cite("nationthailand-2021-08-security-council-isil-briefing", "paragraph 1"),
      cite("ctc-2024-02-joint-briefing-18th-report-isil", "paragraph 2"),
      cite("ctc-2024-08-joint-briefing-19th-report-isil", "paragraph 1"),
      cite("ctc-2025-02-joint-briefing-20th-report-isil", "paragraph 1"),
    ],
    note: "One record of the post, observed from 28 September 2017 to 20 August 2025. The wording varies from page to page; two forms are about equally common: the one kept (the archived seed's, also used in 2017, 2021 and 2022 in close variants) and “Under-Secretary-General for Counter-Terrorism and Head of the United Nations Office of Counter-Terrorism” (2022-2025); 2018, 2023 and 2024 pages also write “Under-Secretary-General and Head of the United Nations Office of Counter-Terrorism (UNOCT)”. With a tie, the wording of the best-sourced copy (the archived seed, with a span) is kept.",
  },
  {
    id: "weixiong-chen-deputy-executive-director-cted",
    person: "weixiong-chen",
    organization: "cted",
    title: "Deputy Executive Director",
    titleAsStated: "Deputy Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED)",
    start: "2013-05-24",
    end: "2022-12-02",
    evidence: [
      seed.span("Weixiong Chen, Deputy Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED)"),
      cite("ctc-2013-05-30-special-event-new-tech", "photo caption"),
      cite("un-press-sga2171-2022-12-02-gherman-appointment", "paragraph 2"),
    ],
    note: "One record of the post, observed from 24 May 2013 to 2 December 2022 (from February 2022 he was also Acting Executive Director, a role of its own). Also worded “CTED's Deputy Executive Director” (24 May 2013) and “Deputy Executive Director, Head of Assessment and Technical Assistance Office of the Counter-Terrorism Executive Directorate” (SG/A/2171, 2 December 2022, which says he would act as Executive Director until Natalia Gherman took up the post).",
  },
  {
    id: "rebecca-skellett-head-scn",
    person: "rebecca-skellett",
    organization: "strong-cities-network",
    title: "Head",
    titleAsStated: "Head of the Strong Cities Network",
    honorific: "Ms.",
    start: SEED_DAY,
    end: SEED_DAY,
    evidence: [seed.span("Rebecca Skellett, Head of the Strong Cities Network"), seed.span("Ms. Skellett")],
  },
  {
    id: "david-tessler-public-policy-manager-facebook",
    person: "david-tessler",
    organization: "facebook",
    title: "Public Policy Manager, Counterterrorism and Dangerous Organizations",
    titleAsStated: "Public Policy Manager of the Counterterrorism and Dangerous Organizations team for Facebook",
    honorific: "Mr.",
    start: SEED_DAY,
    end: SEED_DAY,
    evidence: [
      seed.span("David Tessler, Public Policy Manager of the Counterterrorism and Dangerous Organizations team for Facebook"),
      seed.span("Mr. Tessler"),
    ],
  },
  ...eventRoles,
] satisfies RoleInput[];
