// Organizations, one record each across all meetings.
import type { DatasetInput } from "../../src/schemas";
import { cite } from "./anchor";
import { eventOrganizations } from "./organizations-events";
import { seed } from "./sources";

type OrganizationInput = DatasetInput["organizations"][number];

const representedAfter = { after: "The meeting featured representatives from the", nth: 0 };

export const organizations = [
  {
    id: "united-nations",
    name: "United Nations",
    acronym: "UN",
    kind: "intergovernmental-organization",
    url: "https://www.un.org/",
    evidence: [seed.span("United Nations", { after: "Mr. Vladimir Voronkov" })],
  },
  {
    id: "un-security-council",
    name: "United Nations Security Council",
    acronym: "UNSC",
    alternateNames: ["Security Council"],
    kind: "un-principal-organ",
    parent: "united-nations",
    url: "https://www.un.org/securitycouncil/",
    evidence: [cite("webtv-2019-06-27-soft-targets", "The Counter-Terrorism Committee is a committee of the Security Council")],
  },
  {
    id: "ctc",
    name: "Counter-Terrorism Committee",
    acronym: "CTC",
    alternateNames: ["Security Council Counter-Terrorism Committee"],
    kind: "un-subsidiary-body",
    parent: "un-security-council",
    url: "https://www.un.org/securitycouncil/ctc/",
    founded: {
      value: "2001-09-28",
      evidence: [cite("unnews-2001-10-04-greenstock-named-chair", "paragraph 5")],
      note: "Established by resolution 1373 (2001), which the source dates to Friday, 28 September 2001.",
    },
    evidence: [seed.span("Counter-Terrorism Committee (CTC)")],
  },
  {
    id: "cted",
    name: "Counter-Terrorism Committee Executive Directorate",
    acronym: "CTED",
    kind: "un-secretariat-entity",
    parent: "ctc",
    founded: {
      value: "2004-03",
      evidence: [cite("un-press-2004-07-02-ruperez-briefing", "paragraph 4")],
      note: "Established by resolution 1535 (2004), adopted, as the July 2004 source puts it, \"this past March\"; a February 2006 press release (un-press-2006-02-21-sc8644, paragraph 3) reports that it was declared operational on 15 December 2005.",
    },
    evidence: [seed.span("Counter-Terrorism Committee Executive Directorate (CTED)")],
  },
  {
    id: "unoct",
    name: "United Nations Office of Counter-Terrorism",
    acronym: "UNOCT",
    alternateNames: ["Office of Counter-Terrorism", "OCT"],
    kind: "un-secretariat-entity",
    parent: "united-nations",
    url: "https://www.un.org/counterterrorism/",
    evidence: [
      seed.span("United Nations Office of Counter-Terrorism"),
      cite("ctc-2017-09-28-security-council-threats-terrorist-acts"),
      cite("ctc-2019-03-cted-interpol-unoct-workshop-singapore"),
    ],
  },
  {
    id: "unaoc",
    name: "United Nations Alliance of Civilizations",
    acronym: "UNAOC",
    kind: "un-secretariat-entity",
    parent: "united-nations",
    evidence: [seed.span("United Nations Alliance of Civilizations")],
  },
  {
    id: "interpol",
    name: "International Criminal Police Organization",
    acronym: "INTERPOL",
    kind: "intergovernmental-organization",
    evidence: [seed.span("International Criminal Police Organization (INTERPOL)"), cite("ctc-2019-03-cted-interpol-unoct-workshop-singapore")],
  },
  {
    id: "gctf",
    name: "Global Counterterrorism Forum",
    acronym: "GCTF",
    kind: "intergovernmental-organization",
    evidence: [seed.span("Global Counterterrorism Forum (GCTF)")],
  },
  {
    id: "strong-cities-network",
    name: "Strong Cities Network",
    acronym: "SCN",
    kind: "city-network",
    url: "https://strongcitiesnetwork.org/",
    evidence: [seed.span("Strong Cities Network", representedAfter)],
  },
  {
    id: "network-for-religious-and-traditional-peacemakers",
    name: "Network for Religious and Traditional Peacemakers",
    kind: "civil-society-organization",
    evidence: [seed.span("Network for Religious and Traditional Peacemakers")],
  },
  {
    id: "european-commission",
    name: "European Commission",
    kind: "intergovernmental-organization",
    evidence: [seed.span("European Commission")],
  },
  {
    id: "nypd",
    name: "New York Police Department",
    acronym: "NYPD",
    kind: "law-enforcement-agency",
    evidence: [seed.span("New York Police Department (NYPD)")],
  },
  {
    id: "always-care-consulting-company",
    name: "The Always Care Consulting Company",
    kind: "private-company",
    evidence: [seed.span("The Always Care Consulting Company")],
  },
  {
    id: "jcdecaux",
    name: "JCDecaux",
    kind: "private-company",
    evidence: [seed.span("JCDecaux")],
  },
  {
    id: "facebook",
    name: "Facebook",
    kind: "private-company",
    evidence: [seed.span("Facebook", representedAfter)],
  },
  ...eventOrganizations,
] satisfies OrganizationInput[];
