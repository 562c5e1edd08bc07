// Sources of events E1–E16 (see the facts file): URL-level citations, none archived. Defects seen on
// these pages are recorded as `defects` (there is no archived text to point a correction at).
import type { DatasetInput } from "../../src/schemas";

type SourceInput = DatasetInput["sources"][number];

/** Address of the UN Web TV page of the first part of the 29 May 2018 open meeting (E4). */
export const WEBTV_2018_05_29_PART_1 =
  "http://webtv.un.org/search/opening-session-i-and-session-ii-counter-terrorism-committee-on-countering-terrorist-narratives-and-preventing-terrorist-use-of-the-internet/5791072983001/";

/** Address of the UN Web TV page of the 27 January 2021 virtual open briefing (E8). */
export const WEBTV_2021_01_27 =
  "https://webtv.un.org/watch/%E2%80%9Cprotection-of-%E2%80%98soft%E2%80%99-targets-against-terrorist-attacks%E2%80%9D-virtual-open-briefing-of-the-counter-terrorism-committee/6226756873001/";

export const eventSources = [
  // E1
  {
    id: "ctc-2017-05-11-briefing-by-committee-chairs",
    title: "CTC page on the Security Council briefing of 11 May 2017 by the chairs of the counter-terrorism subsidiary bodies",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "mirror",
        url: "http://ddevloper.com/securitycouncil/ctc/node/20588",
        path: "/securitycouncil/ctc/node/20588",
        status: "verified",
        note: "A copy of the CTC website on another domain (defaced mirror; the domain is given as read, not as a recommended address).",
        copy: { sha256: "4c4cb7953a762f0857eb156ed8355725ee05867527bdcf9f3830f229f618927c", bytes: 1740, retrieved: "2026-12-02", extent: "excerpt" },
      },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/node/20588", status: "inferred", confidence: 0.8, note: "Inferred from the path of the mirror (the same path on www.un.org); not seen." },
    ],
    defects: [
      { kind: "mis-encoding", description: "Mis-decoded characters (GBK read as Latin-1) stand for a typographic apostrophe (3 times), in “Da’esh” and “Committee’s”; repaired." },
      { kind: "lost-characters", description: "The hyphen of “Al-Qaida” is lost once (“AlQaida”)." },
      { kind: "typo", description: "“others terrorist groups” (for “other terrorist groups”), also in the UN meetings coverage; kept as in the source." },
      { kind: "lost-link-target", description: "The link “here” to the full briefing coverage lost its target in the copy; the coverage is the UN meetings coverage SC/12816, recorded on the meeting as a recovered link." },
      { kind: "lost-link-target", description: "The link to the webcast recording lost its text and target (“is available .”); not recovered." },
    ],
    note: "The excerpt has no headline; the title is a description.",
  },
  // E2
  {
    id: "ctc-2017-09-28-security-council-threats-terrorist-acts",
    title: "CTC page on the Security Council meeting of 28 September 2017 on threats caused by terrorist acts",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "mirror",
        url: "http://kimandelvis.com/securitycouncil/ctc/node/20165",
        path: "/securitycouncil/ctc/node/20165",
        status: "verified",
        note: "A copy of the CTC website on another domain (defaced mirror; the domain is given as read, not as a recommended address).",
        copy: { sha256: "606ec577ad202882c1130649c1468a3784b6ec8ead27d8d90cd892946002f2af", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" },
      },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/node/20165", status: "inferred", confidence: 0.8, note: "Inferred from the path of the mirror (the same path on www.un.org); not seen." },
    ],
    defects: [
      {
        kind: "name-variant",
        description: "The Officer-in-Charge of CTED is spelled both “Scharia” and “Sharia” in the same text; the right spelling is David Scharia.",
      },
    ],
    note: "The excerpt has no headline; the title is a description. It gives 93 States visited by CTED where the UN meetings coverage (SC/13011) gives 96.",
  },
  // E3
  {
    id: "ctc-2017-11-17-second-open-meeting-grn",
    title: "Counter-Terrorism Committee holds second open meeting with Global Research Network on #TerrorismTrends",
    kind: "press-release",
    publisher: "ctc",
    published: "2017-11-17",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "mirror",
        url: "http://fanyjok.com/securitycouncil/ctc/news/counter-terrorism-committee-holds-second-open-meeting-global-research-network-terrorismtrends",
        path: "/securitycouncil/ctc/news/counter-terrorism-committee-holds-second-open-meeting-global-research-network-terrorismtrends",
        status: "verified",
        note: "A copy of the CTC website on another domain (defaced mirror; the domain is given as read, not as a recommended address).",
        copy: { sha256: "436fd055f52372d483f1c77cccedb4bbae26ad1ecc6ef52d85769ac5c1d79ecb", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" },
      },
      {
        role: "official",
        url: "https://www.un.org/securitycouncil/ctc/news/counter-terrorism-committee-holds-second-open-meeting-global-research-network-terrorismtrends",
        status: "inferred",
        confidence: 0.8,
        note: "Inferred from the path of the mirror (the same path on www.un.org); not seen.",
      },
    ],
    defects: [
      { kind: "lost-link-target", description: "The webcast link lost its text and target (“can be watched .”); the target is not recovered." },
      { kind: "lost-link-target", description: "The link to the pictures of the NYU event and of the Committee meeting lost its text and target (“are available .”)." },
      {
        kind: "lost-characters",
        description: "The excerpt read is cut off in the list of remarks, after “Ton” following Emman El-Badawy's name, so her affiliation is lost.",
      },
    ],
    note: "The excerpt starts after the headline; the title and date are those of the official news listing (17 November 2017).",
  },
  {
    id: "ctc-research-network-listing",
    title: "CTC news, category Research network",
    kind: "listing",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/sc/ctc/news/category/research-network/",
        status: "verified",
        copy: { sha256: "8c600418bb5991a64a379e27d3aa4d72b39edc2778580bc3ee2b9e0074a114bc", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" },
      },
    ],
    defects: [{ kind: "metadata-removed", description: "CMS timestamps stand before the items' display dates (3 times); removed." }],
    note: "Lists the news article on the second open meeting with the Global Research Network (dated 17 November 2017), the save-the-date of the meeting (dated 5 October 2017) and CTED's first trends report (on the Council's debate of 13 February 2017).",
  },
  // E4
  {
    id: "ctc-2018-05-30-open-meeting-ctnarratives",
    title: "#CTNarratives: Open meeting of the Counter-Terrorism Committee",
    kind: "press-release",
    publisher: "ctc",
    published: "2018-05-30",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/sc/ctc/news/2018/05/30/open-meeting-counter-terrorism-committee-ctnarratives/",
        status: "verified",
        copy: { sha256: "204a6efd766dd2769d30b4ea8f1b98c1a358349d148aea1bb2bb08ece9e73101", bytes: 1998, retrieved: "2026-12-02", extent: "excerpt" },
      },
    ],
    note: "The excerpt read is cut off in the middle of the second webcast's address.",
  },
  {
    id: "webtv-2018-05-29-ctnarratives-part-1",
    title: "Opening, Session I and Session II: Counter-Terrorism Committee on countering terrorist narratives and preventing terrorist use of the Internet",
    kind: "web-tv-page",
    language: "en",
    locations: [
      {
        role: "official",
        url: WEBTV_2018_05_29_PART_1,
        status: "unverified",
        confidence: 0.9,
        note: "The address as the CTC's page of 30 May 2018 links it; the Web TV page itself was not read. The title is derived from the address.",
      },
    ],
    note: "UN Web TV page of the first of the two webcasts of the meeting.",
  },
  // E5
  {
    id: "ctc-2018-10-09-open-briefing-terrorcrimenexus",
    title: "Counter-Terrorism Committee holds open briefing on #TerrorCrimeNexus",
    kind: "press-release",
    publisher: "ctc",
    published: "2018-10-09",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/sc/ctc/news/2018/10/09/counter-terrorism-committee-holds-open-briefing-terrorcrimenexus/",
        status: "verified",
        copy: { sha256: "af39ddda749dcb35ce410cccd4f6b98f49bb8e50a1d5159000f045cabaae0e55", bytes: 1690, retrieved: "2026-12-02", extent: "excerpt" },
      },
    ],
    defects: [
      { kind: "orphaned-caption", description: "A photo caption (the Chair addressing the open briefing) stands in the text without its photo." },
      { kind: "metadata-removed", description: "A CMS date and category line is left at the end of the text; removed." },
    ],
    note: "Its links (webcast, photos, concept note, Chair's summary and each statement) are link texts whose targets the copy read does not carry.",
  },
  // E6
  {
    id: "ctc-2020-01-31-open-meeting-terrorist-narratives",
    title: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives and preventing the use of the Internet for terrorist purposes",
    kind: "press-release",
    publisher: "ctc",
    published: "2020-01-31",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "mirror", url: "http://fanyjok.com/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives-and-preventing-0", status: "verified", note: "A copy of the CTC site on another domain, defaced with injected spam.", copy: { sha256: "e84d985ca5dbaba8a712ff383808a56ffef99ef7f219ee747e96e0db2ab4e46b", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" } },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives-and-preventing-0", status: "inferred", confidence: 0.8, note: "Inferred from the mirror's path; not seen." },
    ],
    defects: [
      { kind: "injected-text-excised", description: "A spam phrase injected as the first line of the defaced mirror, before the headline; excised with the blank lines after it." },
      { kind: "date-mismatch", description: "The dateline gives 31 January 2020, the publication date; the meeting the page reports was held on 28 January 2020." },
    ],
  },
  // E7
  {
    id: "ctc-2020-08-18-virtual-open-briefing-technical-guide",
    title: "Counter-Terrorism Committee holds Virtual Open Briefing on the updated “Technical guide to the implementation of Security Council resolution 1373 (2001) and other relevant resolutions”",
    kind: "press-release",
    publisher: "ctc",
    published: "2020-08-18",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/news/counter-terrorism-committee-holds-virtual-open-briefing-updated-%E2%80%9Ctechnical-guide-implementation", status: "verified", copy: { sha256: "1e6a430553c50e59b8eca1cceb12a0f1b1e2fd4fc5022f2c4b0e3de72731203c", bytes: 1999, retrieved: "2026-12-02", extent: "excerpt" } },
    ],
    defects: [
      { kind: "duplicate-text", description: "The lead paragraph repeats the first sentences of the quotation that follows; the right reading has them once." },
      { kind: "unbalanced-quotes", description: "The repeated lead opens a quotation with “ and never closes it." },
      { kind: "date-mismatch", description: "The dateline gives 18 August 2020 (publication); the body gives the briefing's date as 17 August 2020." },
      { kind: "doubled-word", description: "The word “held” is written twice (“held virtually held on”); the right reading is “held virtually on”." },
    ],
  },
  // E8
  {
    id: "webtv-2021-01-27-soft-targets",
    title: "“Protection of ‘soft’ targets against terrorist attacks” - Virtual open briefing of the Counter-Terrorism Committee",
    kind: "web-tv-page",
    publisher: "united-nations",
    published: "2021-01-27",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "official", url: "https://webtv.un.org/a.fancybox/watch/%E2%80%9Cprotection-of-%E2%80%98soft%E2%80%99-targets-against-terrorist-attacks%E2%80%9D-virtual-open-briefing-of-the-counter-terrorism-committee/6226756873001/?term=&lan=french", status: "verified", copy: { sha256: "0dec3dc6505c5b2d700e72b1af1fe0b1d69cddefaa0ecfe5eb2f43cce19d10bd", bytes: 1998, retrieved: "2026-12-02", extent: "excerpt" } },
      { role: "official", url: WEBTV_2021_01_27, status: "inferred", confidence: 0.8, note: "The same Web TV asset (6226756873001) at its usual address; not seen at this address." },
    ],
  },
  {
    id: "ctc-2021-01-27-soft-targets-concept",
    title: "Virtual open briefing of the Counter-Terrorism Committee on “Protection of ‘soft’ targets against terrorist attacks” (page of the CTC site; headline not in the copy read)",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "mirror", url: "http://fanyjok.com/securitycouncil/ctc/news/virtual-open-briefing-counter-terrorism-committee-%E2%80%9Cprotection-%E2%80%98soft%E2%80%99-targets-against-terrorist", status: "verified", note: "A copy of the CTC site on another domain.", copy: { sha256: "1462951eae42a544a99bfc3369e67d58e8d2427a28bbb1616863153f91260a30", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" } },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/news/virtual-open-briefing-counter-terrorism-committee-%E2%80%9Cprotection-%E2%80%98soft%E2%80%99-targets-against-terrorist", status: "inferred", confidence: 0.8, note: "Inferred from the mirror's path; not seen." },
    ],
    note: "The concept text of the briefing (theme and background); the headline is not in the copy read, the title follows the page's address.",
  },
  // E9
  {
    id: "ctc-2022-03-24-open-meeting-terrorist-narratives",
    title: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives and preventing the use of the Internet for terrorist purposes",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "official", url: "https://un.org/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives-and-preventing-1", status: "verified", copy: { sha256: "3e0cf6798ccb8c084638c983ecc7f2f796894ab597d6c73be52992877549244e", bytes: 1999, retrieved: "2026-12-02", extent: "excerpt" } },
    ],
  },
  // E10
  {
    id: "idsa-2022-11-16-delhi-declaration",
    title: "Delhi Declaration: Assessing Outcomes of UNSC CTC’s Special Meeting",
    kind: "third-party-report",
    published: "2022-11-16",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "third-party", url: "https://www.idsa.in/idsacomments/delhi-declaration-unsc-ctc-special-meeting-sakidwai-161122", status: "verified", copy: { sha256: "2007d70a0ccfe54db3ff50c01b4f640ac705f44ce9929b1a1ddfef6a5c0bd82d", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" } },
    ],
    defects: [
      { kind: "markup-removed", description: "A footnote number (1) glued to the text after a closing quotation mark; not text." },
      { kind: "markup-removed", description: "A footnote number (2) glued to the text; not text." },
    ],
    note: "A comment by Saman Ayesha Kidwai, Research Analyst at the Manohar Parrikar Institute for Defence Studies and Analyses, New Delhi.",
  },
  // E11
  {
    id: "ctc-2023-10-19-open-meeting-terrorist-narratives",
    title: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives and preventing the use of the Internet for terrorist purposes (page of the CTC site; headline not in the copy read)",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "mirror", url: "http://fanyjok.com/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives", status: "verified", note: "A copy of the CTC site on another domain.", copy: { sha256: "16b1a088b974a9690464b4111557a4b9a34e9cdf45712fc3fb9f806afc5c7e81", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" } },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives", status: "inferred", confidence: 0.8, note: "Inferred from the mirror's path; not seen." },
    ],
    note: "The copy read begins with the article's body; the title follows the page's address.",
  },
  // E12
  {
    id: "un-2016-12-joint-special-meeting-press-release-repost",
    title: "Two UN Security Council committees and FATF: joint special meeting on depriving terrorist groups of funds (repost of the UN press release)",
    kind: "press-release",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://peaceadvocates.blogspot.com/2016/12/two-un-security-council-committees-and.html",
        status: "verified",
        note: "A blog's repost of the UN press release (without its headline); read on 2026-12-02.",
        copy: { sha256: "0e223c0012614866c8c4345540475a5b01cd4bb8fb11d5859b492579d7ff8dc0", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" },
      },
    ],
    defects: [{ kind: "unbalanced-quotes", description: "The meeting's title is followed by a closing quotation mark that was never opened." }],
  },
  {
    id: "ctc-agenda-index-page-2",
    title: "CTC news, document type Agenda (page 2)",
    kind: "agenda",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/sc/ctc/news/document-type/agenda/page/2/",
        status: "verified",
        copy: { sha256: "0dd45d8351eee4961a40d33fd17933f7dd4b880288cabddb8b2e72b9cdad97ff", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" },
      },
    ],
    defects: [{ kind: "metadata-removed", description: "CMS date and category lines are left between the entries (2 times); removed." }],
    note: "Index of agendas; its entries include the draft agenda of the special meeting of 21 June 2017, a note on an open briefing on safe haven and asylum, and the concept note and agenda of the joint special meeting of 12-13 December 2016.",
  },
  // E13
  {
    id: "ctc-2024-05-fatf-president-briefs-cted-and-ctc",
    title: "Financial Action Task Force President briefs CTED and CTC members and observers on international standards against the financing of terrorism",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "mirror", url: "http://lakumen.com/securitycouncil/ctc/news/financial-action-task-force-fatf-president-briefs-cted-and-ctc-members-and-observers", status: "verified", note: "A copy of the CTC site on another domain.", copy: { sha256: "6dc55906712e28bc22a269baa5d7e6adb5bbe399c4835489ac6aaeb77dbe6ad9", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" } },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/news/financial-action-task-force-fatf-president-briefs-cted-and-ctc-members-and-observers", status: "inferred", confidence: 0.8, note: "Inferred from the mirror's path; not seen." },
    ],
    defects: [
      { kind: "orphaned-caption", description: "Blank lines where photos (and their captions) were lost." },
    ],
  },
  // E14
  {
    id: "ctc-2024-11-21-gafilat-briefs-ctc",
    title: "GAFILAT briefing of the Counter-Terrorism Committee, 21 November 2024 (page of the CTC site; headline not in the copy read)",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "mirror", url: "http://nyaellisricketts.com/securitycouncil/ctc/ar/node/62949", status: "verified", note: "A copy of the CTC site on another domain.", copy: { sha256: "62e18593c9420e237a4ce8c5daab1e8c55bcc1076f2731149d3a6ea2138febc0", bytes: 2000, retrieved: "2026-12-02", extent: "excerpt" } },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/ar/node/62949", status: "inferred", confidence: 0.8, note: "Inferred from the mirror's path; not seen." },
    ],
    note: "Mirror path /securitycouncil/ctc/ar/node/62949 (Arabic-section path serving English text); the copy read begins with the body, without headline.",
  },
  // E15
  {
    id: "ctc-2017-03-30-un-women-and-cted-brief-ctc-gender",
    title: "UN Women and CTED jointly brief Security Council Committee on gender dimension in counter-terrorism efforts",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://un.org/securitycouncil/ctc/news/un-women-and-cted-jointly-brief-security-council-committee-gender-dimension-counter-terrorism",
        status: "verified",
        copy: { sha256: "8b4e183afff11db02d8856f2653cb7cab93d50346afa17bc0094dd275a2d9874", bytes: 1999, retrieved: "2026-12-02", extent: "excerpt" },
      },
    ],
    note: "The title is the page's headline (its address shortens it to “gender dimension counter-terrorism”).",
  },
  // E16
  {
    id: "ctc-2019-03-cted-interpol-unoct-workshop-singapore",
    title: "CTED, INTERPOL, and UNOCT host follow-up regional expert workshop on critical infrastructure and “soft” target protection",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      { role: "mirror", url: "http://kimandelvis.com/securitycouncil/ctc/news/cted-interpol-and-unoct-host-follow-regional-expert-workshop-critical-infrastructure-and-%E2%80%9Csoft%E2%80%9D", status: "verified", note: "A copy of the CTC site on another domain, defaced with injected spam.", copy: { sha256: "544b7d1f18ae7a2d7ff759a605946abcbbecef1625275a010d4f7b7a7af302eb", bytes: 1999, retrieved: "2026-12-02", extent: "excerpt" } },
      { role: "official", url: "https://www.un.org/securitycouncil/ctc/news/cted-interpol-and-unoct-host-follow-regional-expert-workshop-critical-infrastructure-and-%E2%80%9Csoft%E2%80%9D", status: "inferred", confidence: 0.8, note: "Inferred from the mirror's path; not seen." },
    ],
    defects: [
      { kind: "injected-text-excised", description: "A spam phrase injected as the first line of the defaced mirror, before the headline; excised with the blank lines after it." },
    ],
  },
] satisfies SourceInput[];
