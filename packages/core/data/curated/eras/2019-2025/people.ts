// People first named in the meetings of 2019-2025, and the posts (roles) seen in those meetings.
// A role's start and end are the first and last dates it is observed; `term` is the term a source states.
// People already in the dataset (the seed's, the E-files') are referenced by id; their posts seen in
// the meetings of this era are roles here.
import type { DatasetInput } from "../../../../src/schemas";
import { cite } from "../../anchor";

type PersonInput = DatasetInput["people"][number];
type RoleInput = DatasetInput["roles"][number];
type Cite = ReturnType<typeof cite>;

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

/** A post observed from `start` to `end` (both observed dates, not the term). */
const role = (
  id: string,
  personId: string,
  organization: string,
  title: string,
  titleAsStated: string,
  start: string,
  end: string,
  evidence: Cite[],
  extra: Partial<RoleInput> = {},
): RoleInput => ({ id, person: personId, organization, title, titleAsStated, start, end, evidence, ...extra });

// Sources cited here (see ./sources.ts).
const LAC = "ctc-2020-12-open-briefing-terrorism-latin-america-caribbean";
const S2021_48 = "un-s-2021-48-letter-president-security-council";
const VTC_CTC = "ctc-2021-01-security-council-commemorates-20th-anniversary-1373";
const GRN21 = "ctc-2021-09-ctc-grn-open-meeting-reflects-twenty-years";
const SIDE21 = "ctc-2021-06-cted-side-event-impacts-covid-19";
const CTC20 = "ctc-2021-11-special-meeting-20th-anniversary-1373";
const CFT21 = "ctc-2021-11-22-joint-special-meeting-terrorist-financing";
const NEXUS19 = "ctc-2019-04-26-joint-special-meeting-terrorism-organized-crime";
const TRENDS19 = "ctc-2019-02-27-cted-launches-trends-report-gender-dimensions";
const NYU19 = "ctc-2019-10-30-cted-nyu-cga-five-years";
const GENDER19 = "ctc-2019-11-04-open-briefing-gender-counter-terrorism";
const SC22 = "un-press-sc15117-2022-11-23-chairs-briefing";
const SC23 = "un-press-sc15495-2023-11-15-chairs-briefing";
const UAE23 = "uae-mission-2023-11-15-ctc-chair-statement";
const APG23 = "apg-2024-01-10-co-chair-briefs-ctc";
const GRN24 = "ctc-2024-02-cted-inaugural-annual-meeting-grn";
const SEE24 = "ctc-news-articles-listing-2025";
const ARRIA23 = "ctc-2023-06-cted-briefs-arria-gender-responsive";
const ARRIA24 = "ctc-2024-06-cted-arria-west-africa-sahel";
const TRACKER24 = "ctc-2024-11-cted-trends-tracker-launch";
const UNIFEED24 = "unifeed-2024-11-14-counter-terrorism-committees";
const AL24 = "al24news-2024-11-algeria-calls-reform-counter-terrorism-system";
const MALTA25 = "ctc-2025-03-13-un-malta-conference-ct-strategies";
const CTED20 = "ctc-2025-10-ctc-commemorates-20-years-cted";
const SPECIAL22 = "lokmattimes-2022-10-high-level-engagement-unsc-new-technologies";
const OB22 = "ctc-2022-12-02-open-briefing-special-meeting-new-technologies";
const CA22 = "ctc-2022-12-20-regional-open-briefing-central-asia";

export const people: PersonInput[] = [
  person("tarek-ladeb", "Tarek", "Ladeb", [cite(LAC, "paragraph 4"), cite(GRN21, "paragraph 3")]),
  person("david-wells", "David", "Wells", [cite(GRN21, "paragraph 4"), cite(TRENDS19, "paragraph 3")]),
  person("dian-triansyah-djani", "Dian Triansyah", "Djani", [cite(NEXUS19, "paragraph 4")]),
  person("callixtus-joseph", "Callixtus", "Joseph", [cite(LAC, "paragraph 4")]),
  person("othman-jerandi", "Othman", "Jerandi", [cite(S2021_48)]),
  person("fatima-akilu", "Fatima", "Akilu", [cite(S2021_48), cite(VTC_CTC, "paragraph 1")], ["Fatima Akalu"]),
  person("maria-luiza-ribeiro-viotti", "Maria Luiza", "Ribeiro Viotti", [cite(CTC20, "paragraph 2")]),
  {
    id: "lana-nusseibeh",
    name: "Lana Zaki Nusseibeh",
    givenName: "Lana Zaki",
    familyName: "Nusseibeh",
    sortName: "Nusseibeh, Lana Zaki",
    alternateNames: ["Lana Nusseibeh"],
    evidence: [cite(SC23, "paragraph 2"), cite(UAE23, "header")],
  },
  person("vanessa-frazier", "Vanessa", "Frazier", [cite(SC23, "paragraph 4"), cite(UNIFEED24, "shots 3-4")]),
  {
    id: "trine-heimerback",
    name: "Trine Skarboevik Heimerback",
    givenName: "Trine Skarboevik",
    familyName: "Heimerback",
    sortName: "Heimerback, Trine Skarboevik",
    alternateNames: ["Trine Heimerback"],
    evidence: [cite(SC22, "paragraph 2"), cite("ctc-2022-11-annual-security-council-briefing-chairs", "caption")],
  },
  person("juan-ramon-de-la-fuente", "Juan Ramón", "de la Fuente", [cite("ctc-2022-11-annual-security-council-briefing-chairs", "caption")]),
  person("amar-bendjama", "Amar", "Bendjama", [cite(SEE24, "second item"), cite(UNIFEED24, "shots 4-5"), cite(CTED20, "paragraph 2")]),
  person("andres-montalvo-sosa", "Andrés", "Montalvo Sosa", [cite(UNIFEED24, "shots 6-7")]),
  person("julien-brazeau", "Julien", "Brazeau", [cite(APG23, "paragraph 1")]),
  person("gordon-hook", "Gordon", "Hook", [cite(APG23, "paragraph 1")]),
  person("earle-courtenay-rattray", "Earle Courtenay", "Rattray", [cite(CTED20, "paragraph 2")]),
  person("aksoltan-ataeva", "Aksoltan", "Ataeva", [cite(CTED20, "paragraph 3")]),
  person("tiemoko-moriko", "Tiémoko", "Moriko", [cite(CTED20, "paragraph 3")]),
  person("paul-david-babo", "Paul David", "Babo", [cite(CTED20, "paragraph 3")]),
  person("phumzile-mlambo-ngcuka", "Phumzile", "Mlambo-Ngcuka", [cite(GENDER19, "paragraph 2")]),
  person("leanne-erdberg", "Leanne", "Erdberg", [cite(GENDER19, "paragraph 3")]),
  person("aleksandra-dier", "Aleksandra", "Dier", [cite(GENDER19, "paragraph 3"), cite(TRENDS19, "paragraph 3"), cite(ARRIA23, "paragraph 3")]),
  person("christoph-heusgen", "Christoph", "Heusgen", [cite(TRENDS19, "paragraph 1")]),
  person("idil-absiye", "Idil", "Absiye", [cite(TRENDS19, "paragraph 3")]),
  person("audrey-alexander", "Audrey", "Alexander", [cite(TRENDS19, "paragraph 3")]),
  person("devorah-margolin", "Devorah", "Margolin", [cite(TRENDS19, "paragraph 3")]),
  person("sarah-hendricks", "Sarah", "Hendricks", [cite(ARRIA23, "paragraph 2")]),
  person("myriam-spiteri-debono", "Myriam", "Spiteri Debono", [cite(MALTA25, "paragraph 2")]),
  person("ian-borg", "Ian", "Borg", [cite(MALTA25, "paragraph 3")]),
  person("svetlana-martynova", "Svetlana", "Martynova", [cite(TRACKER24, "paragraph 4")]),
  person("leonardo-santos-simao", "Leonardo", "Santos Simão", [cite(ARRIA24, "paragraph 2")]),
  person("martha-ama-akyaa-pobee", "Martha Ama Akyaa", "Pobee", [cite(ARRIA24, "paragraph 2")]),
  person("abdel-fatau-musah", "Abdel-Fatau", "Musah", [cite(ARRIA24, "paragraph 2")]),
  person("richard-apau", "Richard", "Apau", [cite(ARRIA24, "paragraph 2")]),
  person("may-salem", "May", "Salem", [cite(SIDE21, "paragraph 4")]),
  person("maya-mirchandani", "Maya", "Mirchandani", [cite(SIDE21, "paragraph 4")]),
  person("simon-coveney", "Simon", "Coveney", [cite(S2021_48)]),
  person("raychelle-omamo", "Raychelle", "Omamo", [cite(S2021_48)]),
  person("juri-luik", "Jüri", "Luik", [cite(S2021_48)]),
  person("monica-maeland", "Monica", "Mæland", [cite(S2021_48)]),
  person("keisal-peters", "Keisal", "Peters", [cite(S2021_48)]),
  person("melissa-salyk-virk", "Melissa", "Salyk-Virk", [cite(NYU19, "paragraph 1")]),
  person("markus-lutz", "Markus", "Lutz", [cite("eeas-2024-02-28-eu-statement-south-east-europe", "paragraph 1")]),
];

export const roles: RoleInput[] = [
  // Chairs of the Counter-Terrorism Committee seen in this era (besides the E-files' roles).
  role("tarek-ladeb-chair-ctc", "tarek-ladeb", "ctc", "Chair", "Chair of the Counter-Terrorism Committee", "2020-12-14", "2021-11-18", [cite(LAC, "paragraph 4"), cite(SIDE21, "paragraph 1"), cite(GRN21, "paragraph 3"), cite(CFT21, "paragraph 1")], { honorific: "H.E. Mr." }),
  role("tarek-ladeb-permanent-representative-tunisia", "tarek-ladeb", "tunisia", "Permanent Representative", "Permanent Representative of the Republic of Tunisia to the United Nations", "2021-06-25", "2021-11-18", [cite(SIDE21, "paragraph 1"), cite(CFT21, "paragraph 1")], { honorific: "H.E. Mr." }),
  role("ruchira-kamboj-chair-ctc", "ruchira-kamboj", "ctc", "Chair", "Chair of the Counter-Terrorism Committee", "2022-10-28", "2022-12-20", [cite("republicworld-2022-10-29-kamboj-delhi-declaration", "paragraph 1"), cite(SC22, "paragraph 1"), cite(OB22, "paragraph 2"), cite(CA22, "paragraph 3")], { honorific: "H.E. Ms." }),
  role("lana-nusseibeh-chair-ctc", "lana-nusseibeh", "ctc", "Chair", "Chair of the Security Council Committee established pursuant to resolution 1373 concerning counter-terrorism", "2023-11-15", "2023-11-15", [cite(UAE23, "paragraph 3"), cite("pledgetimes-2023-11-15-uae-warns-terrorist-threats", "paragraph 2")], { honorific: "Her Excellency" }),
  role("lana-nusseibeh-permanent-representative-united-arab-emirates", "lana-nusseibeh", "united-arab-emirates", "Permanent Representative", "Ambassador and Permanent Representative", "2023-11-15", "2023-11-15", [cite(UAE23, "header")], { honorific: "Her Excellency" }),
  role("amar-bendjama-chair-ctc", "amar-bendjama", "ctc", "Chair", "Chair of the Counter-Terrorism Committee", "2024-02-28", "2025-10-27", [cite(SEE24, "second item"), cite(AL24, "paragraphs 1 and 3"), cite(CTED20, "paragraph 2")], { honorific: "H.E. Ambassador" }),
  role("amar-bendjama-permanent-representative-algeria", "amar-bendjama", "algeria", "Permanent Representative", "Permanent Representative of Algeria to the United Nations", "2024-02-28", "2024-11-14", [cite(SEE24, "second item"), cite(UNIFEED24, "shot 5")], { honorific: "H.E. Ambassador" }),
  // Heads of CTED and other posts of CTED seen in this era (the E-files' roles of Coninsx, Chen and Gherman are in people-events.ts).
  role("david-scharia-chief-of-branch-cted", "david-scharia", "cted", "Chief of Branch", "Chief of Branch of CTED", "2019-10-30", "2022-10-29", [cite(NYU19, "paragraph 1"), cite(SPECIAL22, "paragraph 1")]),
  role("david-scharia-director-technical-expertise-research-branch-cted", "david-scharia", "cted", "Director", "Director and Head of the Technical Expertise and Research Branch", "2024-02-14", "2024-11-12", [cite(GRN24, "paragraph 3"), cite(TRACKER24, "paragraph 3")], { note: "On 12 November 2024 the post is worded “Director and Chief of Branch of CTED”." }),
  role("david-wells-research-and-analysis-coordinator-cted", "david-wells", "cted", "Research and Analysis Coordinator", "CTED’s Research and Analysis Coordinator", "2021-09-03", "2021-09-03", [cite(GRN21, "paragraph 4")]),
  role("aleksandra-dier-gender-coordinator-cted", "aleksandra-dier", "cted", "Gender Coordinator", "Gender Coordinator of CTED", "2019-11-01", "2023-06-26", [cite(GENDER19, "paragraph 3"), cite(ARRIA23, "paragraph 3")]),
  role("svetlana-martynova-senior-legal-officer-cted", "svetlana-martynova", "cted", "Senior Legal Officer", "Senior Legal Officer and Coordinator on Countering", "2024-11-12", "2024-11-12", [cite(TRACKER24, "paragraph 4")], { note: "The copy read is cut after “Coordinator on Countering”; the rest of the post is not recorded." }),
  // The United Nations.
  role("maria-luiza-ribeiro-viotti-chef-de-cabinet-united-nations", "maria-luiza-ribeiro-viotti", "united-nations", "Chef de Cabinet", "Chef de Cabinet to the United Nations Secretary-General", "2021-11-04", "2021-11-04", [cite(CTC20, "paragraph 2")], { honorific: "Ms." }),
  role("earle-courtenay-rattray-chef-de-cabinet-united-nations", "earle-courtenay-rattray", "united-nations", "Chef de Cabinet", "Chef de Cabinet to the UN Secretary-General", "2025-10-27", "2025-10-27", [cite(CTED20, "paragraph 2")], { honorific: "Mr." }),
  role("phumzile-mlambo-ngcuka-executive-director-un-women", "phumzile-mlambo-ngcuka", "un-women", "Executive Director", "Under-Secretary-General, Executive Director of UN Women", "2019-11-01", "2019-11-01", [cite(GENDER19, "paragraph 2")]),
  role("sarah-hendricks-deputy-executive-director-un-women", "sarah-hendricks", "un-women", "Deputy Executive Director", "Deputy Executive Director a.i. for Policy, Programme, Civil Society and Intergovernmental Support at UN Women", "2023-06-26", "2023-06-26", [cite(ARRIA23, "paragraph 2")], { tenure: "acting", honorific: "Ms." }),
  role("leonardo-santos-simao-srsg-unowas", "leonardo-santos-simao", "unowas", "Special Representative of the Secretary-General", "Special Representative of the Secretary-General for West Africa and the Sahel and Head of the UN Office for West Africa and the Sahel (UNOWAS)", "2024-06-19", "2024-06-19", [cite(ARRIA24, "paragraph 2")]),
  role("martha-ama-akyaa-pobee-assistant-secretary-general-un-dppa-dpo", "martha-ama-akyaa-pobee", "un-dppa-dpo", "Assistant Secretary-General", "Assistant Secretary-General for Africa in the Departments of Political and Peacebuilding Affairs and Peace Operations", "2024-06-19", "2024-06-19", [cite(ARRIA24, "paragraph 2")], { note: "The copy read writes “Peace” with an injected token; see the source's defects." }),
  // Other Security Council committees.
  role("dian-triansyah-djani-chair-1267-committee", "dian-triansyah-djani", "1267-committee", "Chair", "Chair of the ISIL (Da’esh) and Al-Qaida Sanctions Committee", "2019-04-26", "2019-04-26", [cite(NEXUS19, "paragraph 4")], { honorific: "H.E." }),
  role("dian-triansyah-djani-chair-1988-committee", "dian-triansyah-djani", "1988-committee", "Chair", "Chair … of the Taliban Sanctions Committee", "2019-04-26", "2019-04-26", [cite(NEXUS19, "paragraph 4")], { honorific: "H.E." }),
  role("trine-heimerback-chair-1267-committee", "trine-heimerback", "1267-committee", "Chair", "Chair of the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015)", "2022-11-23", "2022-11-23", [cite(SC22, "paragraph 2")], { note: "Named with Norway." }),
  role("juan-ramon-de-la-fuente-chair-1540-committee", "juan-ramon-de-la-fuente", "1540-committee", "Chair", "Chair of the 1540 Committee", "2022-11-23", "2022-11-23", [cite("ctc-2022-11-annual-security-council-briefing-chairs", "caption")], { note: "Named with Mexico." }),
  role("vanessa-frazier-chair-1267-committee", "vanessa-frazier", "1267-committee", "Chair", "Chair of the 1267 Committee", "2023-11-15", "2023-11-15", [cite(SC23, "paragraph 4")], { note: "Named with Malta." }),
  role("vanessa-frazier-permanent-representative-malta", "vanessa-frazier", "malta", "Permanent Representative", "Permanent Representative to the United Nations, Malta", "2024-11-14", "2024-11-14", [cite(UNIFEED24, "shots 3-4")]),
  // Member States and ministers.
  role("othman-jerandi-minister-for-foreign-affairs-tunisia", "othman-jerandi", "tunisia", "Minister for Foreign Affairs", "Minister for Foreign Affairs of Tunisia", "2021-01-12", "2021-01-12", [cite(S2021_48)], { honorific: "H.E. Mr." }),
  role("simon-coveney-minister-for-foreign-affairs-ireland", "simon-coveney", "ireland", "Minister for Foreign Affairs and Defence", "Minister for Foreign Affairs and Defence of Ireland", "2021-01-12", "2021-01-12", [cite(S2021_48)], { honorific: "H.E. Mr." }),
  role("raychelle-omamo-cabinet-secretary-foreign-affairs-kenya", "raychelle-omamo", "kenya", "Cabinet Secretary for Foreign Affairs", "Cabinet Secretary for Foreign Affairs of Kenya", "2021-01-12", "2021-01-12", [cite(S2021_48)], { honorific: "H.E. Ms." }),
  role("juri-luik-minister-of-defence-estonia", "juri-luik", "estonia", "Minister of Defence", "Minister of Defence of Estonia", "2021-01-12", "2021-01-12", [cite(S2021_48)], { honorific: "H.E. Mr." }),
  role("monica-maeland-minister-of-justice-norway", "monica-maeland", "norway", "Minister of Justice and Public Security", "Minister of Justice and Public Security of Norway", "2021-01-12", "2021-01-12", [cite(S2021_48)], { honorific: "H.E. Ms." }),
  role("keisal-peters-minister-of-state-saint-vincent-and-the-grenadines", "keisal-peters", "saint-vincent-and-the-grenadines", "Minister of State", "Minister of State with responsibility for Foreign Affairs of Saint Vincent and the Grenadines", "2021-01-12", "2021-01-12", [cite(S2021_48)], { honorific: "H.E. Ms." }),
  role("james-cleverly-minister-of-state-middle-east-north-africa-united-kingdom", "james-cleverly", "united-kingdom", "Minister of State", "Minister of State for the Middle East and North Africa of the United Kingdom of Great Britain and Northern Ireland", "2021-01-12", "2021-01-12", [cite(S2021_48)], { honorific: "H.E. Mr." }),
  role("christoph-heusgen-ambassador-germany", "christoph-heusgen", "germany", "Ambassador", "Ambassador of Germany to the United Nations", "2019-02-27", "2019-02-27", [cite(TRENDS19, "paragraph 1")], { honorific: "H.E." }),
  role("andres-montalvo-sosa-permanent-representative-ecuador", "andres-montalvo-sosa", "ecuador", "Permanent Representative", "Permanent Representative to the United Nations, Ecuador", "2024-11-14", "2024-11-14", [cite(UNIFEED24, "shots 6-7")]),
  role("aksoltan-ataeva-permanent-representative-turkmenistan", "aksoltan-ataeva", "turkmenistan", "Permanent Representative", "Permanent Representative of Turkmenistan", "2025-10-27", "2025-10-27", [cite(CTED20, "paragraph 3")], { honorific: "H.E. Mrs." }),
  role("tiemoko-moriko-permanent-representative-cote-d-ivoire", "tiemoko-moriko", "cote-d-ivoire", "Permanent Representative", "Permanent Representative of the Republic of Côte d'Ivoire", "2025-10-27", "2025-10-27", [cite(CTED20, "paragraph 3")], { honorific: "H.E. Mr." }),
  role("paul-david-babo-military-liaison-adviser-cameroon", "paul-david-babo", "cameroon", "Military Liaison Adviser", "Military Liaison Adviser at the Permanent Mission of Cameroon", "2025-10-27", "2025-10-27", [cite(CTED20, "paragraph 3")], { honorific: "Colonel" }),
  role("myriam-spiteri-debono-president-malta", "myriam-spiteri-debono", "malta", "President", "President of the Republic of Malta", "2025-03-12", "2025-03-12", [cite(MALTA25, "paragraph 2")], { honorific: "Honorable" }),
  role("ian-borg-deputy-prime-minister-malta", "ian-borg", "malta", "Deputy Prime Minister and Minister for Foreign Affairs and Tourism", "Deputy Prime Minister and Minister for Foreign Affairs and Tourism of the Republic of Malta", "2025-03-12", "2025-03-12", [cite(MALTA25, "paragraph 3")], { honorific: "Honorable" }),
  // Other organizations.
  role("fatima-akilu-executive-director-neem-foundation", "fatima-akilu", "neem-foundation", "Executive Director", "Executive Director of Neem Foundation", "2021-01-12", "2021-01-12", [cite(S2021_48), cite(VTC_CTC, "paragraph 1")], { honorific: "Ms." }),
  role("julien-brazeau-co-chair-apg", "julien-brazeau", "apg", "Co-Chair", "Canadian Co-Chair", "2023-12-21", "2023-12-21", [cite(APG23, "paragraph 1")]),
  role("julien-brazeau-associate-assistant-deputy-minister-canada", "julien-brazeau", "canada", "Associate Assistant Deputy Minister of Finance", "Associate Assistant Deputy Minister of Finance", "2023-12-21", "2023-12-21", [cite(APG23, "paragraph 1")]),
  role("gordon-hook-executive-secretary-apg", "gordon-hook", "apg", "Executive Secretary", "APG Executive Secretary", "2023-12-21", "2023-12-21", [cite(APG23, "paragraph 1")], { honorific: "Dr" }),
  role("abdel-fatau-musah-commissioner-ecowas", "abdel-fatau-musah", "ecowas", "Commissioner for Political Affairs, Peace and Security", "Economic Community of West African States Commissioner for Political Affairs, Peace and Security", "2024-06-19", "2024-06-19", [cite(ARRIA24, "paragraph 2")]),
  role("richard-apau-senior-analyst-au-counter-terrorism-centre", "richard-apau", "au-counter-terrorism-centre", "Senior Analyst", "Senior Analyst at the AU Counter Terrorism Centre", "2024-06-19", "2024-06-19", [cite(ARRIA24, "paragraph 2")]),
  role("markus-lutz-counsellor-european-union", "markus-lutz", "european-union", "Counsellor", "Counsellor, Delegation of the European Union to the United Nations", "2024-02-28", "2024-02-28", [cite("eeas-2024-02-28-eu-statement-south-east-europe", "paragraph 1")]),
  role("melissa-salyk-virk-senior-policy-analyst-new-america", "melissa-salyk-virk", "new-america", "Senior Policy Analyst", "Senior Policy Analyst of International Security at New America", "2019-10-30", "2019-10-30", [cite(NYU19, "paragraph 1")]),
];
