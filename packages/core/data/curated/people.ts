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
    start: "2018-10-08",
    end: SEED_DAY,
    evidence: [
      seed.span("H.E. Mr. Gustavo Meza-Cuadra, Chair of the Counter-Terrorism Committee"),
      cite("ctc-2018-10-09-open-briefing-terrorcrimenexus"),
    ],
  },
  {
    id: "gustavo-meza-cuadra-permanent-representative-peru",
    person: "gustavo-meza-cuadra",
    organization: "peru",
    title: "Permanent Representative",
    titleAsStated: "Permanent Representative of Peru",
    honorific: "H.E.",
    start: "2018-10-08",
    end: "2018-10-08",
    evidence: [cite("ctc-2018-10-09-open-briefing-terrorcrimenexus")],
  },
  {
    id: "vladimir-voronkov-usg-unoct",
    person: "vladimir-voronkov",
    organization: "unoct",
    title: "Under-Secretary-General",
    titleAsStated: "Under-Secretary-General of the United Nations Office of Counter-Terrorism",
    honorific: "Mr.",
    start: SEED_DAY,
    end: SEED_DAY,
    evidence: [seed.span("Mr. Vladimir Voronkov, Under-Secretary-General of the United Nations Office of Counter-Terrorism")],
  },
  {
    id: "weixiong-chen-deputy-executive-director-cted",
    person: "weixiong-chen",
    organization: "cted",
    title: "Deputy Executive Director",
    titleAsStated: "Deputy Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED)",
    start: SEED_DAY,
    end: SEED_DAY,
    evidence: [seed.span("Weixiong Chen, Deputy Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED)")],
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
