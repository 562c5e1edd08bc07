// People first named in events E1–E16 and the posts they are seen in (the seed's are in people.ts).
// A post's start and end are the first and last meeting dates at which it is observed, not its term.
import type { DatasetInput } from "../../src/schemas";
import { cite } from "./anchor";

type PersonInput = DatasetInput["people"][number];
type RoleInput = DatasetInput["roles"][number];
type Cite = ReturnType<typeof cite>;

const E1 = "ctc-2017-05-11-briefing-by-committee-chairs";
const E2 = "ctc-2017-09-28-security-council-threats-terrorist-acts";
const E3 = "ctc-2017-11-17-second-open-meeting-grn";
const E5 = "ctc-2018-10-09-open-briefing-terrorcrimenexus";
const E6 = "ctc-2020-01-31-open-meeting-terrorist-narratives";
const E7 = "ctc-2020-08-18-virtual-open-briefing-technical-guide";
const E9 = "ctc-2022-03-24-open-meeting-terrorist-narratives";
const E10 = "idsa-2022-11-16-delhi-declaration";
const E11 = "ctc-2023-10-19-open-meeting-terrorist-narratives";
const E12 = "un-2016-12-joint-special-meeting-press-release-repost";
const E13 = "ctc-2024-05-fatf-president-briefs-cted-and-ctc";
const E14 = "ctc-2024-11-21-gafilat-briefs-ctc";
const E15 = "ctc-2017-03-30-un-women-and-cted-brief-ctc-gender";

/** A person whose name splits into given and family names. */
const person = (id: string, givenName: string, familyName: string, evidence: Cite[], alternateNames: string[] = []): PersonInput => ({
  id,
  name: `${givenName} ${familyName}`,
  givenName,
  familyName,
  sortName: `${familyName}, ${givenName}`,
  alternateNames,
  evidence,
});

export const eventPeople = [
  person("amr-abdellatif-aboulatta", "Amr Abdellatif", "Aboulatta", [cite(E1), cite(E2), cite(E12)], ["Amr Aboulatta"]),
  person("david-scharia", "David", "Scharia", [cite(E2)], ["David Sharia"]),
  person("el-mostafa-rezrazi", "El Mostafa", "Rezrazi", [cite(E3, "Remarks/presentations")]),
  person("emman-el-badawy", "Emman", "El-Badawy", [cite(E3, "Remarks/presentations")]),
  person("leif-villadsen", "Leif", "Villadsen", [cite(E5)]),
  person("delphine-schantz", "Delphine", "Schantz", [cite(E5)]),
  person("thomas-pietschmann", "Thomas", "Pietschmann", [cite(E5)]),
  person("matt-schroeder", "Matt", "Schroeder", [cite(E5)]),
  person("simonetta-grassi", "Simonetta", "Grassi", [cite(E5)]),
  person("moncef-baati", "Moncef", "Baati", [cite(E6)]),
  person("michele-coninsx", "Michèle", "Coninsx", [cite(E6)]),
  person("kais-kabtani", "Kais", "Kabtani", [cite(E7)]),
  {
    id: "t-s-tirumurti",
    name: "T. S. Tirumurti",
    givenName: "T. S.",
    familyName: "Tirumurti",
    sortName: "Tirumurti, T. S.",
    evidence: [cite(E9)],
  },
  person("ruchira-kamboj", "Ruchira", "Kamboj", [cite(E10)]),
  {
    id: "s-jaishankar",
    name: "S. Jaishankar",
    givenName: "S.",
    familyName: "Jaishankar",
    sortName: "Jaishankar, S.",
    evidence: [cite(E10)],
  },
  person("james-cleverly", "James", "Cleverly", [cite(E10)]),
  person("mohamed-abushahab", "Mohamed", "Abushahab", [cite(E11)]),
  person("natalia-gherman", "Natalia", "Gherman", [cite(E11), cite(E13), cite(E14)]),
  {
    id: "t-raja-kumar",
    name: "T. Raja Kumar",
    givenName: "T. Raja",
    familyName: "Kumar",
    sortName: "Kumar, T. Raja",
    evidence: [cite(E13)],
  },
  person("nacim-gaouaoui", "Nacim", "Gaouaoui", [cite(E13)]),
  person("liliana-alcaraz", "Liliana", "Alcaraz", [cite(E14)]),
  person("esteban-fullin", "Esteban", "Fullin", [cite(E14)]),
  person("juan-carlos-monroy", "Juan Carlos", "Monroy", [cite(E14)]),
  person("lakshmi-puri", "Lakshmi", "Puri", [cite(E15)]),
] satisfies PersonInput[];

export const eventRoles = [
  {
    id: "amr-abdellatif-aboulatta-chair-ctc",
    person: "amr-abdellatif-aboulatta",
    organization: "ctc",
    title: "Chair",
    titleAsStated: "Chair of the Counter-Terrorism Committee",
    honorific: "H.E. Ambassador",
    start: "2016-12-12",
    end: "2017-09-28",
    evidence: [cite(E12), cite(E1), cite(E2)],
  },
  {
    id: "amr-abdellatif-aboulatta-permanent-representative-egypt",
    person: "amr-abdellatif-aboulatta",
    organization: "egypt",
    title: "Permanent Representative",
    titleAsStated: "Permanent Representative of Egypt",
    honorific: "H.E. Ambassador",
    start: "2017-05-11",
    end: "2017-09-28",
    evidence: [cite(E1), cite(E2)],
  },
  {
    id: "david-scharia-officer-in-charge-cted",
    person: "david-scharia",
    organization: "cted",
    title: "Officer-in-Charge",
    titleAsStated: "Officer-in-Charge of CTED",
    tenure: "acting",
    start: "2017-09-28",
    end: "2017-09-28",
    evidence: [cite(E2)],
  },
  {
    id: "weixiong-chen-acting-executive-director-cted",
    person: "weixiong-chen",
    organization: "cted",
    title: "Executive Director",
    titleAsStated: "Acting Executive Director of CTED",
    tenure: "acting",
    start: "2022-03-24",
    end: "2022-03-24",
    evidence: [cite(E9)],
  },
  {
    id: "michele-coninsx-executive-director-cted",
    person: "michele-coninsx",
    organization: "cted",
    title: "Executive Director",
    titleAsStated: "Assistant Secretary-General and Executive Director of CTED",
    start: "2020-01-28",
    end: "2020-01-28",
    evidence: [cite(E6)],
    note: "The post carries the rank of Assistant Secretary-General.",
  },
  {
    id: "natalia-gherman-executive-director-cted",
    person: "natalia-gherman",
    organization: "cted",
    title: "Executive Director",
    titleAsStated: "Assistant Secretary-General and Executive Director of CTED",
    start: "2023-10-19",
    end: "2024-05-16",
    evidence: [cite(E11), cite(E13)],
    note: "The post carries the rank of Assistant Secretary-General.",
  },
  ...chairAndRepresentative("moncef-baati", "tunisia", "Tunisia", "2020-01-28", E6, "H.E. Mr."),
  ...chairAndRepresentative("kais-kabtani", "tunisia", "Tunisia", "2020-08-17", E7, "H.E. Mr."),
  ...chairAndRepresentative("t-s-tirumurti", "india", "India", "2022-03-24", E9, "H.E. Mr."),
  {
    id: "ruchira-kamboj-permanent-representative-india",
    person: "ruchira-kamboj",
    organization: "india",
    title: "Permanent Representative",
    titleAsStated: "Permanent Representative of India",
    start: "2022-10-28",
    end: "2022-10-29",
    evidence: [cite(E10)],
  },
  {
    id: "s-jaishankar-external-affairs-minister-india",
    person: "s-jaishankar",
    organization: "india",
    title: "External Affairs Minister",
    titleAsStated: "External Affairs Minister of India",
    start: "2022-10-28",
    end: "2022-10-29",
    evidence: [cite(E10)],
  },
  {
    id: "james-cleverly-foreign-secretary-united-kingdom",
    person: "james-cleverly",
    organization: "united-kingdom",
    title: "Foreign Secretary",
    titleAsStated: "UK Foreign Secretary",
    start: "2022-10-28",
    end: "2022-10-29",
    evidence: [cite(E10)],
  },
  {
    id: "mohamed-abushahab-chair-ctc",
    person: "mohamed-abushahab",
    organization: "ctc",
    title: "Chair",
    titleAsStated: "CTC Chair",
    start: "2023-10-19",
    end: "2023-10-19",
    evidence: [cite(E11)],
  },
  {
    id: "mohamed-abushahab-deputy-permanent-representative-united-arab-emirates",
    person: "mohamed-abushahab",
    organization: "united-arab-emirates",
    title: "Deputy Permanent Representative",
    titleAsStated: "Deputy Permanent Representative of the United Arab Emirates",
    start: "2023-10-19",
    end: "2023-10-19",
    evidence: [cite(E11)],
  },
  {
    id: "t-raja-kumar-president-fatf",
    person: "t-raja-kumar",
    organization: "fatf",
    title: "President",
    titleAsStated: "FATF President",
    start: "2024-05-16",
    end: "2024-05-16",
    evidence: [cite(E13)],
  },
  {
    id: "nacim-gaouaoui-charge-d-affaires-algeria",
    person: "nacim-gaouaoui",
    organization: "algeria",
    title: "Chargé d’Affaires",
    titleAsStated: "Chargé d’Affaires of Algeria",
    honorific: "H.E. Mr.",
    start: "2024-05-16",
    end: "2024-05-16",
    evidence: [cite(E13)],
  },
  {
    id: "liliana-alcaraz-president-pro-tempore-gafilat",
    person: "liliana-alcaraz",
    organization: "gafilat",
    title: "President Pro Tempore",
    titleAsStated: "President Pro Tempore of GAFILAT",
    honorific: "H.E.",
    start: "2024-11-21",
    end: "2024-11-21",
    evidence: [cite(E14)],
  },
  {
    id: "esteban-fullin-executive-secretary-gafilat",
    person: "esteban-fullin",
    organization: "gafilat",
    title: "Executive Secretary",
    titleAsStated: "GAFILAT Executive Secretary",
    start: "2024-11-21",
    end: "2024-11-21",
    evidence: [cite(E14)],
  },
  {
    id: "juan-carlos-monroy-vice-president-pro-tempore-gafilat",
    person: "juan-carlos-monroy",
    organization: "gafilat",
    title: "Vice-President Pro Tempore",
    titleAsStated: "Vice-President Pro Tempore",
    start: "2024-11-21",
    end: "2024-11-21",
    evidence: [cite(E14)],
    note: "Named with Guatemala, the member of GAFILAT he comes from.",
  },
  {
    id: "lakshmi-puri-assistant-secretary-general-un-women",
    person: "lakshmi-puri",
    organization: "un-women",
    title: "Assistant Secretary-General",
    titleAsStated: "Assistant Secretary-General, UN Women",
    start: "2017-03-30",
    end: "2017-03-30",
    evidence: [cite(E15)],
  },
] satisfies RoleInput[];

/** The two posts of a CTC Chair who is also their country's Permanent Representative, seen on one day. */
function chairAndRepresentative(personId: string, state: string, stateName: string, day: string, source: string, honorific: string): RoleInput[] {
  return [
    {
      id: `${personId}-chair-ctc`,
      person: personId,
      organization: "ctc",
      title: "Chair",
      titleAsStated: "CTC Chair",
      honorific,
      start: day,
      end: day,
      evidence: [cite(source)],
    },
    {
      id: `${personId}-permanent-representative-${state}`,
      person: personId,
      organization: state,
      title: "Permanent Representative",
      titleAsStated: `Permanent Representative of ${stateName}`,
      honorific,
      start: day,
      end: day,
      evidence: [cite(source)],
    },
  ];
}
