// Word lists the synthetic briefings are written from. Names are invented combinations; every given
// name and every family name is distinct after accents and case are dropped, so people never clash.
import type { OrganizationKind, Topic } from "@briefings/core";

/** Given names with the honorific used with them. */
export const GIVEN_NAMES: readonly { name: string; honorific: "Mr." | "Ms." }[] = [
  ..."Amara Ana Anaïs Beatriz Camille Chiara Dalia Elif Esther Fatima Hana Ingrid Irène Julia Karin Laila Lucía Maja Mariam Nadia Noor Olga Priya Rania Sofía Tamar Ursula Valentina Yasmin Zoë Aiko Bárbara".split(" ").map((name) => ({ name, honorific: "Ms." as const })),
  ..."Ahmed Alejandro Amir Björn Carlos Daniel David Emeka Farid Gustavo Hamza Ivan Jonas Kofi László Mateo Mehmet Nikolai Omar Pablo Rafael Rashid Samuel Tariq Tomás Vladimir Weixiong Yusuf Zoran Andrés Hiroshi Kwame".split(" ").map((name) => ({ name, honorific: "Mr." as const })),
];

/** Family names (some hyphenated, some accented). */
export const FAMILY_NAMES: readonly string[] = (
  "Abebe Aboulatta Adeyemi Al-Hassan Andersen Bakr Castillo Chen Coninsx Da Silva Dimitrov Dubois Eriksen Fernández Gómez Haddad Hoffmann Ibrahim Jansen Kamau " +
  "Kowalski Larsen Lefèvre Mahmoud Meza-Cuadra Moreau Nakamura Novak Okafor Olsen Papadopoulos Petrov Quispe Rahman Rossi Sánchez Santos Schmidt Skellett Suárez " +
  "Tanaka Tessler Van Dijk Voronkov Wang Weber Yilmaz Zhou Zulu Kovač Müller Nordström Ortiz Pereira Rojas Singh Tshabalala Umarov Varga Wójcik Xu Yamamoto Zaman Ng"
)
  .replace("Da Silva", "Da-Silva")
  .replace("Van Dijk", "Van-Dijk")
  .split(" ");

/** Bodies that take part in most briefings (slug, name, acronym, kind, parent, url). */
export const CORE_ORGANIZATIONS: readonly {
  id: string;
  name: string;
  acronym?: string;
  kind: OrganizationKind;
  parent?: string;
  url?: string;
}[] = [
  { id: "security-council", name: "Security Council", kind: "un-principal-organ", url: "https://www.un.org/securitycouncil/" },
  { id: "ctc", name: "Counter-Terrorism Committee", acronym: "CTC", kind: "un-subsidiary-body", parent: "security-council", url: "https://www.un.org/securitycouncil/ctc/" },
  { id: "cted", name: "Counter-Terrorism Committee Executive Directorate", acronym: "CTED", kind: "un-secretariat-entity", parent: "ctc" },
  { id: "unoct", name: "United Nations Office of Counter-Terrorism", acronym: "UNOCT", kind: "un-secretariat-entity", url: "https://www.un.org/counterterrorism/" },
  { id: "unodc", name: "United Nations Office on Drugs and Crime", acronym: "UNODC", kind: "un-agency", url: "https://www.unodc.org/" },
  { id: "undp", name: "United Nations Development Programme", acronym: "UNDP", kind: "un-agency" },
  { id: "unaoc", name: "United Nations Alliance of Civilizations", acronym: "UNAOC", kind: "un-secretariat-entity" },
  { id: "unicri", name: "United Nations Interregional Crime and Justice Research Institute", acronym: "UNICRI", kind: "research-institute" },
  { id: "interpol", name: "International Criminal Police Organization", acronym: "INTERPOL", kind: "intergovernmental-organization", url: "https://www.interpol.int/" },
  { id: "gctf", name: "Global Counterterrorism Forum", acronym: "GCTF", kind: "intergovernmental-organization" },
  { id: "fatf", name: "Financial Action Task Force", acronym: "FATF", kind: "intergovernmental-organization" },
  { id: "european-commission", name: "European Commission", kind: "intergovernmental-organization" },
  { id: "african-union", name: "African Union", acronym: "AU", kind: "intergovernmental-organization" },
  { id: "osce", name: "Organization for Security and Co-operation in Europe", acronym: "OSCE", kind: "intergovernmental-organization" },
  { id: "strong-cities-network", name: "Strong Cities Network", kind: "city-network" },
  { id: "gifct", name: "Global Internet Forum to Counter Terrorism", acronym: "GIFCT", kind: "civil-society-organization" },
];

/** Member States whose representatives speak. */
export const COUNTRIES: readonly string[] = (
  "Argentina Australia Bangladesh Belgium Brazil Canada Chile China Colombia Egypt Estonia Ethiopia France Germany Ghana India Indonesia Ireland Italy Japan Jordan Kazakhstan " +
  "Kenya Kuwait Malaysia Mali Mexico Morocco Niger Nigeria Norway Pakistan Peru Poland Qatar Senegal Singapore Spain Sweden Switzerland Tunisia Türkiye Uruguay Viet-Nam"
)
  .replace("Viet-Nam", "Viet Nam")
  .split(" ");

/** Cities (with their country) where workshops are held. */
export const CITIES: readonly { city: string; country: string }[] = [
  { city: "Nairobi", country: "Kenya" },
  { city: "Vienna", country: "Austria" },
  { city: "Geneva", country: "Switzerland" },
  { city: "Dakar", country: "Senegal" },
  { city: "Bangkok", country: "Thailand" },
  { city: "Madrid", country: "Spain" },
  { city: "Doha", country: "Qatar" },
  { city: "Bogotá", country: "Colombia" },
  { city: "Astana", country: "Kazakhstan" },
  { city: "Rabat", country: "Morocco" },
];

/** Words generated organizations are named from. */
export const ORGANIZATION_PARTS = {
  places: CITIES.map((c) => c.city).concat(["Atlantic", "Sahel", "Baltic", "Andean", "Pacific", "Mediterranean", "Danube", "Great Lakes"]),
  institutes: ["Centre for Security Studies", "Institute for Peace Research", "Policy Institute", "Centre on Violent Extremism", "Academy of Law Enforcement"],
  networks: ["Cities Network", "Mayors Forum", "Youth Network", "Women Mediators Network", "Civil Society Coalition"],
  companies: ["Secure Systems", "Data Analytics", "Transport Group", "Consulting Company", "Media Platforms"],
} as const;

/** Themes: a topic, title phrases for it, and what a session on it discusses. */
export const THEMES: readonly { topic: Topic; titles: readonly string[]; discussions: readonly string[] }[] = [
  {
    topic: "soft-targets",
    titles: ["Protection of soft targets", "Protecting public spaces", "Security of places of worship"],
    discussions: ["current threats to crowded places and the normative framework", "the role of local authorities in protecting public spaces"],
  },
  {
    topic: "critical-infrastructure",
    titles: ["Protection of critical infrastructure", "Resilience of energy and transport networks"],
    discussions: ["the vulnerability of critical infrastructure to terrorist attacks", "international cooperation on the security of transport networks"],
  },
  {
    topic: "public-private-partnerships",
    titles: ["Public-private partnerships against terrorism", "Working with the private sector"],
    discussions: ["how businesses and Governments share information about threats", "partnerships between cities and businesses"],
  },
  {
    topic: "terrorist-narratives",
    titles: ["Countering terrorist narratives", "Preventing incitement to terrorism"],
    discussions: ["counter-narratives developed with communities", "the role of religious leaders in countering incitement"],
  },
  {
    topic: "ict-and-internet",
    titles: ["Countering the use of the Internet for terrorist purposes", "Terrorist content online"],
    discussions: ["the removal of terrorist content from online platforms", "the use of encrypted messaging by terrorist groups"],
  },
  {
    topic: "terrorism-financing",
    titles: ["Countering the financing of terrorism", "Financial intelligence against terrorism"],
    discussions: ["the risks of new payment methods and virtual assets", "the work of financial intelligence units"],
  },
  {
    topic: "terrorism-crime-nexus",
    titles: ["Links between terrorism and organized crime", "Terrorism and transnational organized crime"],
    discussions: ["the trafficking of arms and drugs that finances terrorist groups", "joint investigations of terrorism and organized crime"],
  },
  {
    topic: "gender",
    titles: ["Gender dimensions of counter-terrorism", "Women and counter-terrorism"],
    discussions: ["the participation of women in preventing violent extremism", "gender-sensitive approaches to rehabilitation"],
  },
  {
    topic: "new-technologies",
    titles: ["New technologies and terrorism", "Unmanned aircraft systems and terrorism"],
    discussions: ["the misuse of unmanned aircraft systems", "the use of artificial intelligence by law enforcement"],
  },
  {
    topic: "foreign-terrorist-fighters",
    titles: ["Returning foreign terrorist fighters", "Prosecution, rehabilitation and reintegration"],
    discussions: ["the prosecution, rehabilitation and reintegration of returnees", "the use of advance passenger information at borders"],
  },
  {
    topic: "human-rights",
    titles: ["Human rights and counter-terrorism", "The rule of law in counter-terrorism"],
    discussions: ["the protection of human rights in counter-terrorism measures", "the role of civil society and the rule of law"],
  },
  {
    topic: "implementation-of-resolutions",
    titles: ["Implementation of Security Council resolutions", "Assessing Member States' counter-terrorism measures"],
    discussions: ["the findings of CTED's assessment visits", "technical assistance to Member States"],
  },
];

/** Qualifiers that finish a title ("... through local engagement"). */
export const TITLE_QUALIFIERS: readonly string[] = [
  "through local engagement",
  "and the role of the private sector",
  "in a changing threat landscape",
  "through international cooperation",
  "at the regional level",
  "in conflict and post-conflict settings",
  "and the protection of human rights",
  "twenty years on",
];

/** Beginnings, objects and endings of reported speech and of quotations. */
export const SPEECH = {
  reported: [
    "it is essential to strengthen",
    "States should continue to improve",
    "there is an urgent need to build",
    "Member States must invest in",
    "the Committee will continue to support",
    "partnerships are needed to reinforce",
    "recent attacks show the importance of",
    "national strategies should address",
  ],
  quoted: [
    "We must work together to strengthen",
    "No country can alone ensure",
    "Our experience shows the value of",
    "We are committed to improving",
    "It is essential to build",
    "There is no substitute for",
  ],
  objects: [
    "the protection of public spaces",
    "information sharing between national agencies",
    "the resilience of local communities",
    "the security of critical infrastructure",
    "cooperation with the private sector",
    "the use of advance passenger information",
    "efforts to counter terrorist narratives online",
    "the capacity of border and customs services",
    "the financial investigation of terrorist networks",
    "the rehabilitation of former fighters",
  ],
  endings: [
    "through local engagement",
    "in line with international human rights law",
    "at the national and regional levels",
    "in full respect of the rule of law",
    "with the support of technical assistance",
    "across borders and sectors",
    "before the next attack happens",
  ],
} as const;

/** Number templates: what a cited figure counts. */
export const FIGURES: readonly { unit: string; measure: string; thing: string; scale: "million" | "thousand" | "unit" }[] = [
  { unit: "pieces of content", measure: "terrorist content removed from online platforms", thing: "pieces of terrorist content were removed from online platforms", scale: "million" },
  { unit: "people", measure: "staff working on safety and security", thing: "people work on safety and security", scale: "thousand" },
  { unit: "country visits", measure: "assessment visits conducted by CTED", thing: "country assessment visits were conducted", scale: "unit" },
  { unit: "USD", measure: "terrorist assets frozen", thing: "US dollars in terrorist assets were frozen", scale: "million" },
  { unit: "attacks", measure: "attacks on soft targets recorded", thing: "attacks on soft targets were recorded", scale: "unit" },
  { unit: "travellers", measure: "travellers screened against INTERPOL databases", thing: "travellers were screened against INTERPOL databases", scale: "million" },
];

/** Resolutions cited as a mandate, with their year. */
export const RESOLUTIONS: readonly { symbol: string; year: number }[] = [
  { symbol: "resolution 1373 (2001)", year: 2001 },
  { symbol: "resolution 1624 (2005)", year: 2005 },
  { symbol: "resolution 2178 (2014)", year: 2014 },
  { symbol: "resolution 2341 (2017)", year: 2017 },
  { symbol: "resolution 2354 (2017)", year: 2017 },
  { symbol: "resolution 2396 (2017)", year: 2017 },
  { symbol: "resolution 2462 (2019)", year: 2019 },
  { symbol: "resolution 2617 (2021)", year: 2021 },
];

/** Injected spam tokens found in defaced copies (one has a code point outside the BMP, so code points ≠ UTF-16 units). */
export const SPAM_TOKENS: readonly string[] = ["缅北禁地", "𠮷野家优惠", "网赌平台"];
