// Sources: the archived seed press release and the pages cited at URL level.
import type { DatasetInput } from "../../src/schemas";
import { ArchivedText } from "./anchor";
import { eventSources } from "./sources-events";

type SourceInput = DatasetInput["sources"][number];

/** The seed: the 27 June 2019 press release, as scraped from a defaced mirror (defects included). */
export const seed = new ArchivedText(
  "ctc-2019-06-27-soft-targets-press-release",
  "sources/ctc-2019-06-27-soft-targets-press-release.txt",
  "Press release © United Nations (Security Council Counter-Terrorism Committee). Scraped from a defaced mirror of the official page; archived unchanged for provenance.",
);

export const WEBTV_2019_06_27 =
  "http://webtv.un.org/watch/open-briefing-of-the-counter-terrorism-committee-on-%E2%80%9Cprotection-of-soft-targets-through-local-engagement-and-public-private-partnerships%E2%80%9D/6053253207001/";

export const sources = [
  {
    id: seed.source,
    title: "CTC holds open briefing on “Protection of soft targets through local engagement and public private partnerships”",
    kind: "press-release",
    publisher: "ctc",
    language: "en",
    locations: [
      {
        role: "mirror",
        path: "/securitycouncil/ctc/node/18578",
        status: "verified",
        note: "The copy archived here was scraped from a defaced mirror of the CTC site; the mirror's domain is not published.",
      },
      {
        role: "official",
        url: "https://www.un.org/securitycouncil/ctc/node/18578",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the mirror's path; not checked.",
      },
    ],
    archive: seed.archive,
  },
  {
    id: "webtv-2019-06-27-soft-targets",
    title: "Open briefing of the Counter-Terrorism Committee on “Protection of soft targets through local engagement and public private partnerships”",
    kind: "web-tv-page",
    language: "en",
    published: "2019-06-27",
    locations: [{ role: "official", url: WEBTV_2019_06_27, status: "unverified" }],
    note: "UN Web TV page of the briefing: its title, date, programme and objectives.",
  },
  {
    id: "scn-2019-skellett-speaks-to-ctc",
    title: "Head of SCN Rebecca Skellett speaks to UN Counter-Terrorism Committee",
    kind: "third-party-report",
    publisher: "strong-cities-network",
    language: "en",
    locations: [
      {
        role: "third-party",
        url: "https://strongcitiesnetwork.org/en/head-of-scn-rebecca-skellett-speaks-to-un-counter-terrorism-committee/",
        status: "unverified",
      },
    ],
    note: "The Strong Cities Network's own report of Rebecca Skellett's presentation at UN Headquarters.",
  },
  ...eventSources,
] satisfies SourceInput[];
