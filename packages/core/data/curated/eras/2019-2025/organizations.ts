// Organizations first named in the meetings of 2019-2025 (one record each; those already in the
// dataset are referenced by id, not repeated).
import type { DatasetInput } from "../../../../src/schemas";
import { cite } from "../../anchor";

type OrganizationInput = DatasetInput["organizations"][number];
type Cite = ReturnType<typeof cite>;

const memberState = (id: string, name: string, ...evidence: Cite[]): OrganizationInput => ({ id, name, kind: "member-state", evidence });

export const organizations: OrganizationInput[] = [
  {
    id: "1988-committee",
    name: "Security Council Committee established pursuant to resolution 1988 (2011)",
    alternateNames: ["Taliban Sanctions Committee", "Taliban Committee", "1988 Committee"],
    kind: "un-subsidiary-body",
    parent: "un-security-council",
    evidence: [cite("ctc-2019-04-26-joint-special-meeting-terrorism-organized-crime", "paragraph 1"), cite("ctc-news-articles-listing-2021", "first item")],
  },
  {
    id: "george-washington-university",
    name: "George Washington University",
    kind: "research-institute",
    evidence: [cite("ctc-2019-02-27-cted-launches-trends-report-gender-dimensions", "paragraph 1")],
  },
  {
    id: "kings-college-london",
    name: "King’s College London",
    kind: "research-institute",
    evidence: [cite("ctc-2019-02-27-cted-launches-trends-report-gender-dimensions", "paragraph 3")],
  },
  {
    id: "new-america",
    name: "New America",
    kind: "research-institute",
    evidence: [cite("ctc-2019-10-30-cted-nyu-cga-five-years", "paragraph 1")],
  },
  {
    id: "united-states-institute-of-peace",
    name: "United States Institute of Peace",
    acronym: "USIP",
    kind: "research-institute",
    evidence: [cite("ctc-2019-11-04-open-briefing-gender-counter-terrorism", "paragraph 3")],
  },
  {
    id: "caricom-impacs",
    name: "CARICOM Implementation Agency for Crime and Security",
    acronym: "IMPACS",
    kind: "intergovernmental-organization",
    evidence: [cite("ctc-2020-12-open-briefing-terrorism-latin-america-caribbean", "paragraph 4")],
  },
  {
    id: "neem-foundation",
    name: "Neem Foundation",
    alternateNames: ["NEEM Foundation"],
    kind: "civil-society-organization",
    evidence: [cite("un-s-2021-48-letter-president-security-council"), cite("ctc-2021-01-security-council-commemorates-20th-anniversary-1373", "paragraph 1")],
  },
  {
    id: "cccpa",
    name: "Cairo International Centre for Conflict Resolution, Peacekeeping & Peacebuilding",
    acronym: "CCCPA",
    kind: "research-institute",
    evidence: [cite("ctc-2021-06-cted-side-event-impacts-covid-19", "paragraph 4")],
  },
  {
    id: "apg",
    name: "Asia/Pacific Group on Money Laundering",
    acronym: "APG",
    kind: "intergovernmental-organization",
    url: "https://apgml.org",
    evidence: [cite("apg-2024-01-10-co-chair-briefs-ctc", "paragraph 1")],
  },
  {
    id: "unowas",
    name: "United Nations Office for West Africa and the Sahel",
    acronym: "UNOWAS",
    kind: "un-secretariat-entity",
    parent: "united-nations",
    evidence: [cite("ctc-2024-06-cted-arria-west-africa-sahel", "paragraph 2")],
  },
  {
    id: "un-dppa-dpo",
    name: "United Nations Departments of Political and Peacebuilding Affairs and Peace Operations",
    alternateNames: ["Department of Political and Peacebuilding Affairs", "Department of Peace Operations"],
    kind: "un-secretariat-entity",
    parent: "united-nations",
    evidence: [cite("ctc-2024-06-cted-arria-west-africa-sahel", "paragraph 2")],
  },
  {
    id: "ecowas",
    name: "Economic Community of West African States",
    acronym: "ECOWAS",
    kind: "intergovernmental-organization",
    evidence: [cite("ctc-2024-06-cted-arria-west-africa-sahel", "paragraph 2")],
  },
  {
    id: "au-counter-terrorism-centre",
    name: "African Union Counter Terrorism Centre",
    alternateNames: ["AU Counter Terrorism Centre"],
    kind: "intergovernmental-organization",
    evidence: [cite("ctc-2024-06-cted-arria-west-africa-sahel", "paragraph 2")],
  },
  memberState("germany", "Germany", cite("ctc-2019-02-27-cted-launches-trends-report-gender-dimensions", "paragraph 1")),
  memberState("ireland", "Ireland", cite("un-s-2021-48-letter-president-security-council")),
  memberState("kenya", "Kenya", cite("un-s-2021-48-letter-president-security-council")),
  memberState("estonia", "Estonia", cite("un-s-2021-48-letter-president-security-council")),
  memberState("norway", "Norway", cite("un-s-2021-48-letter-president-security-council"), cite("un-press-sc15117-2022-11-23-chairs-briefing", "paragraph 2")),
  memberState("saint-vincent-and-the-grenadines", "Saint Vincent and the Grenadines", cite("un-s-2021-48-letter-president-security-council")),
  memberState("niger", "Niger", cite("un-s-2021-48-letter-president-security-council")),
  memberState("viet-nam", "Viet Nam", cite("un-s-2021-48-letter-president-security-council")),
  memberState("malta", "Malta", cite("ctc-2023-06-cted-briefs-arria-gender-responsive", "paragraph 1"), cite("ctc-2025-03-13-un-malta-conference-ct-strategies", "paragraph 1")),
  memberState("jordan", "Jordan", cite("ctc-2023-06-cted-briefs-arria-gender-responsive", "paragraph 1")),
  memberState("mozambique", "Mozambique", cite("ctc-2024-06-cted-arria-west-africa-sahel", "paragraph 1")),
  memberState("sierra-leone", "Sierra Leone", cite("ctc-2024-06-cted-arria-west-africa-sahel", "paragraph 1")),
  memberState("guyana", "Guyana", cite("ctc-2024-06-cted-arria-west-africa-sahel", "paragraph 1")),
  memberState("ecuador", "Ecuador", cite("unifeed-2024-11-14-counter-terrorism-committees", "shot 6")),
  memberState("turkmenistan", "Turkmenistan", cite("ctc-2025-10-ctc-commemorates-20-years-cted", "paragraph 3")),
  memberState("cote-d-ivoire", "Côte d'Ivoire", cite("ctc-2025-10-ctc-commemorates-20-years-cted", "paragraph 3")),
  memberState("cameroon", "Cameroon", cite("ctc-2025-10-ctc-commemorates-20-years-cted", "paragraph 3")),
  memberState("canada", "Canada", cite("apg-2024-01-10-co-chair-briefs-ctc", "paragraph 1")),
];
