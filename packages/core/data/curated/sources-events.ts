// Sources of events E1–E16 (see the facts file): URL-level citations, none archived. Defects seen on
// these pages are recorded as `defects` (there is no archived text to point a correction at).
import type { DatasetInput } from "../../src/schemas";

type SourceInput = DatasetInput["sources"][number];

const MIRROR_NOTE = "Seen on a mirror of the CTC site; the mirror's domain is not published.";
const NEWS_FOLDER_NOTE =
  "Seen on a mirror of the CTC site (domain not published). The facts file names the page by its slug; the folder is the one the CTC site uses for its news pages.";

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
    locations: [{ role: "mirror", path: "/securitycouncil/ctc/node/20588", status: "verified", note: MIRROR_NOTE }],
    defects: [
      { kind: "lost-link-target", description: "The link to the webcast of the briefing lost its target in the copy; the target is not recovered." },
      { kind: "lost-link-target", description: "A bare “here” link lost its target in the copy; what it pointed to is not known." },
    ],
    note: "The title is a description: the facts file does not give the page's headline.",
  },
  // E2
  {
    id: "ctc-2017-09-28-security-council-threats-terrorist-acts",
    title: "CTC page on the Security Council meeting of 28 September 2017 on threats caused by terrorist acts",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [{ role: "mirror", path: "/securitycouncil/ctc/node/20165", status: "verified", note: MIRROR_NOTE }],
    defects: [
      {
        kind: "name-variant",
        description: "The Officer-in-Charge of CTED is spelled both “Scharia” and “Sharia” in the same text; the right spelling is David Scharia.",
      },
    ],
    note: "The title is a description: the facts file does not give the page's headline.",
  },
  // E3
  {
    id: "ctc-2017-11-17-second-open-meeting-grn",
    title: "Counter-Terrorism Committee holds second open meeting with Global Research Network on #TerrorismTrends",
    kind: "press-release",
    publisher: "ctc",
    published: "2017-11-17",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: "/securitycouncil/ctc/news/counter-terrorism-committee-holds-second-open-meeting-global-research-network-terrorismtrends",
        status: "verified",
        note: NEWS_FOLDER_NOTE,
      },
    ],
    defects: [
      { kind: "lost-link-target", description: "The webcast link lost its text and target (“can be watched .”); the target is not recovered." },
      { kind: "lost-link-target", description: "The link to the pictures of the NYU event and of the Committee meeting lost its text and target (“are available .”)." },
      {
        kind: "lost-characters",
        description: "The list of remarks is cut off after Emman El-Badawy's name, so her affiliation is lost.",
      },
    ],
  },
  {
    id: "ctc-research-network-listing",
    title: "CTC news, category Research network",
    kind: "listing",
    publisher: "ctc",
    language: "en",
    locations: [{ role: "official", url: "https://www.un.org/sc/ctc/news/category/research-network/", status: "verified" }],
    note: "Lists the news article on the second open meeting with the Global Research Network (dated 17 November 2017) and the save-the-date of the meeting.",
  },
  // E4
  {
    id: "ctc-2018-05-30-open-meeting-ctnarratives",
    title: "Open meeting of the Counter-Terrorism Committee on #CTNarratives",
    kind: "press-release",
    publisher: "ctc",
    published: "2018-05-30",
    language: "en",
    locations: [
      { role: "official", url: "https://www.un.org/sc/ctc/news/2018/05/30/open-meeting-counter-terrorism-committee-ctnarratives/", status: "verified" },
    ],
    note: "The title is derived from the page's address.",
  },
  {
    id: "webtv-2018-05-29-ctnarratives-part-1",
    title: "Opening, Session I and Session II: Counter-Terrorism Committee on countering terrorist narratives and preventing terrorist use of the Internet",
    kind: "web-tv-page",
    language: "en",
    locations: [{ role: "official", url: WEBTV_2018_05_29_PART_1, status: "verified" }],
    note: "UN Web TV page of the first of the two webcasts of the meeting; the title is derived from the page's address.",
  },
  // E5
  {
    id: "ctc-2018-10-09-open-briefing-terrorcrimenexus",
    title: "Counter-Terrorism Committee holds open briefing on #TerrorCrimeNexus",
    kind: "press-release",
    publisher: "ctc",
    published: "2018-10-09",
    language: "en",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/sc/ctc/news/2018/10/09/counter-terrorism-committee-holds-open-briefing-terrorcrimenexus/",
        status: "verified",
      },
    ],
    note: "The title is derived from the page's address.",
  },
  // E6
  {
    id: "ctc-2020-01-31-open-meeting-terrorist-narratives",
    title: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives",
    kind: "press-release",
    publisher: "ctc",
    published: "2020-01-31",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: "/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives-and-preventing-0",
        status: "verified",
        note: NEWS_FOLDER_NOTE,
      },
    ],
    defects: [
      {
        kind: "injected-text-excised",
        description:
          "The mirror is defaced with the same injected spam token as the copy of the 27 June 2019 press release; a curated record omits the token and reads the text without it.",
      },
      {
        kind: "date-mismatch",
        description: "The dateline says 31 January 2020; the meeting the page reports was held on 28 January 2020.",
      },
    ],
    note: "The title is a description after the page's address; the publication date is the dateline's.",
  },
  // E7
  {
    id: "ctc-2020-08-18-virtual-open-briefing-technical-guide",
    title: "Counter-Terrorism Committee holds virtual open briefing on updated “Technical Guide to the implementation of Security Council resolution 1373 (2001)”",
    kind: "press-release",
    publisher: "ctc",
    published: "2020-08-18",
    language: "en",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/securitycouncil/ctc/news/counter-terrorism-committee-holds-virtual-open-briefing-updated-%E2%80%9Ctechnical-guide-implementation",
        status: "verified",
      },
    ],
    defects: [
      { kind: "duplicate-text", description: "The lead paragraph appears twice; the right reading has it once." },
      { kind: "date-mismatch", description: "The dateline says 18 August 2020 while the body gives the briefing's date as 17 August 2020, the right date." },
      { kind: "doubled-word", description: "A word is written twice in a row; the right reading has it once." },
    ],
    note: "The title is reconstructed from the page's address and the facts file; the publication date is the dateline's.",
  },
  // E8
  {
    id: "webtv-2021-01-27-soft-targets",
    title: "“Protection of ‘soft’ targets against terrorist attacks” - Virtual open briefing of the Counter-Terrorism Committee",
    kind: "web-tv-page",
    language: "en",
    published: "2021-01-27",
    locations: [
      {
        role: "official",
        url: WEBTV_2021_01_27,
        status: "unverified",
        confidence: 0.8,
        note: "The facts file names the page by its asset number (6226756873001); the full address was found in a crawled copy of the page and not checked.",
      },
    ],
  },
  {
    id: "ctc-2021-01-27-soft-targets-concept",
    title: "Virtual open briefing of the Counter-Terrorism Committee on “Protection of ‘soft’ targets against terrorist attacks”",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: "/securitycouncil/ctc/news/virtual-open-briefing-counter-terrorism-committee-%E2%80%9Cprotection-%E2%80%98soft%E2%80%99-targets-against-terrorist",
        status: "unverified",
        confidence: 0.8,
        note: "The facts file says the concept text is on a mirror without giving its address; this path was found in a crawled copy of a mirror (domain not published) and not checked.",
      },
    ],
    note: "The concept text of the briefing (theme and background).",
  },
  // E9
  {
    id: "ctc-2022-03-24-open-meeting-terrorist-narratives",
    title: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "official",
        url: "https://un.org/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives-and-preventing-1",
        status: "verified",
      },
    ],
    note: "The title is a description after the page's address.",
  },
  // E10
  {
    id: "idsa-2022-11-16-delhi-declaration",
    title: "Delhi Declaration: UNSC CTC special meeting",
    kind: "third-party-report",
    language: "en",
    locations: [
      { role: "third-party", url: "https://www.idsa.in/idsacomments/delhi-declaration-unsc-ctc-special-meeting-sakidwai-161122", status: "verified" },
    ],
    note: "A press report (comment) on the special meeting; the meeting was not found on the CTC site. The title is derived from the page's address.",
  },
  // E11
  {
    id: "ctc-2023-10-19-open-meeting-terrorist-narratives",
    title: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: "/securitycouncil/ctc/news/counter-terrorism-committee-holds-open-meeting-countering-terrorist-narratives",
        status: "verified",
        note: NEWS_FOLDER_NOTE,
      },
    ],
    note: "The title is a description after the page's address.",
  },
  // E12
  {
    id: "un-2016-12-joint-special-meeting-press-release-repost",
    title: "Two UN Security Council committees and FATF: joint special meeting on depriving terrorist groups of funds (repost of the UN press release)",
    kind: "press-release",
    language: "en",
    locations: [
      {
        role: "repost",
        url: "https://peaceadvocates.blogspot.com/2016/12/two-un-security-council-committees-and.html",
        status: "unverified",
        confidence: 0.7,
        note: "The facts file cites a repost of the UN press release without its address; this repost was found by searching and not checked against the file's.",
      },
    ],
  },
  {
    id: "ctc-agenda-index-page-2",
    title: "CTC news, document type Agenda (page 2)",
    kind: "agenda",
    publisher: "ctc",
    language: "en",
    locations: [{ role: "official", url: "https://www.un.org/sc/ctc/news/document-type/agenda/page/2/", status: "verified" }],
    note: "Index of agendas; lists the concept note and agenda of the joint special meeting of 12-13 December 2016.",
  },
  // E13
  {
    id: "ctc-2024-05-fatf-president-briefs-cted-and-ctc",
    title: "Financial Action Task Force (FATF) President briefs CTED and CTC members and observers",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: "/securitycouncil/ctc/news/financial-action-task-force-fatf-president-briefs-cted-and-ctc-members-and-observers",
        status: "verified",
        note: NEWS_FOLDER_NOTE,
      },
    ],
    note: "The title is derived from the page's address.",
  },
  // E14
  {
    id: "ctc-2024-11-21-gafilat-briefs-ctc",
    title: "CTC page on the briefing of the Committee by GAFILAT, 21 November 2024",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: "/securitycouncil/ctc/ar/node/62949",
        status: "verified",
        note: "Seen on a mirror of the CTC site (domain not published), at a path of the Arabic section that serves English text.",
      },
    ],
    note: "The title is a description: the facts file does not give the page's headline.",
  },
  // E15
  {
    id: "ctc-2017-03-30-un-women-and-cted-brief-ctc-gender",
    title: "UN Women and CTED jointly brief Security Council Committee on gender dimension of counter-terrorism",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "official",
        url: "https://un.org/securitycouncil/ctc/news/un-women-and-cted-jointly-brief-security-council-committee-gender-dimension-counter-terrorism",
        status: "verified",
      },
    ],
    note: "The title is derived from the page's address.",
  },
  // E16
  {
    id: "ctc-2019-03-cted-interpol-unoct-workshop-singapore",
    title: "CTED, INTERPOL and UNOCT host follow-up regional expert workshop on critical infrastructure and “soft” targets",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: '/securitycouncil/ctc/news/cted-interpol-and-unoct-host-follow-regional-expert-workshop-critical-infrastructure-and-"soft"',
        status: "verified",
        note: NEWS_FOLDER_NOTE,
      },
    ],
    defects: [
      {
        kind: "injected-text-excised",
        description: "The mirror is defaced with injected spam text; a curated record omits it and reads the text without it.",
      },
    ],
    note: "The title is derived from the page's address.",
  },
] satisfies SourceInput[];
