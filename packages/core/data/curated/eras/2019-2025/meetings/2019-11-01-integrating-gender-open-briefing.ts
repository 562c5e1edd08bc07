// 1 November 2019: open briefing of the Counter-Terrorism Committee on integrating gender into its work and
// CTED's, in the margins of the Security Council's annual open debate on women, peace and security.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none, UN_HQ } from "../helpers";

const MEETING = "2019-11-01-integrating-gender-open-briefing";
const WEBTV = "webtv-2019-11-01-integrating-gender";
const NEWS = "ctc-2019-11-04-open-briefing-gender-counter-terrorism";
const WEBTV_URL =
  "https://webtv.un.org/The/watch/open-briefing-of-the-counter-terrorism-committee-on-integrating-gender-into-the-work-of-the-committee-and-cted/6099865892001/?term=&lan=russian";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Integrating gender into the work of the Committee and CTED",
    evidence: [cite(WEBTV, "title")],
    alternatives: [
      {
        value: "Integrating Gender into Counter-Terrorism and Countering Violent Extremism (CVE)",
        evidence: [cite(NEWS, "paragraph 1")],
        note: "The CTC's report of the briefing words its theme this way.",
      },
    ],
    preferred: "The Web TV page gives the briefing's formal title, in quotation marks; the news report paraphrases the theme.",
  },
  alternateTitles: [
    { value: "Open briefing of the Counter-Terrorism Committee on \"Integrating gender into the work of the Committee and CTED\"", evidence: [cite(WEBTV, "title")], note: "Title on UN Web TV." },
    { value: "CTC holds open briefing on gender and counter-terrorism", evidence: [cite(NEWS, "headline")], note: "Headline of the CTC's report." },
  ],
  dates: { value: { start: "2019-11-01", end: "2019-11-01" }, evidence: [cite(WEBTV, "date"), cite(NEWS, "paragraph 1")] },
  type: { value: "open-briefing", evidence: [cite(WEBTV, "title"), cite(NEWS, "paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(NEWS, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(NEWS, "paragraph 1")], note: "The report says “at UN Headquarters”; New York is where the Headquarters are." },
  objectives: [
    { value: "To explain why gender perspectives matter for the Committee and CTED, and to find ways of bringing gender further into what they do.", evidence: [cite(WEBTV, "objectives, item 1")] },
    { value: "To identify gaps and challenges, progress and good practices in gender-sensitive counter-terrorism in different regions.", evidence: [cite(WEBTV, "objectives, item 2")] },
    { value: "To build awareness of, and cooperation on, handling return, prosecution, rehabilitation and reintegration with attention to gender and in conformity with international law.", evidence: [cite(WEBTV, "objectives, item 3")] },
    { value: "To mobilise support for more research by CTED and partners on women's roles in terrorism and on how counter-terrorism strategies affect women's rights and organizations.", evidence: [cite(WEBTV, "objectives, item 4")] },
  ],
  summary: {
    value:
      "UN officials, researchers and civil society discussed how Member States, the Committee, CTED and other UN bodies take gender into account when countering terrorism and violent extremism, around three themes: what drives women's radicalization, prosecution, rehabilitation and reintegration strategies attentive to gender, and what women's civil society groups contribute.",
    evidence: [cite(WEBTV, "description"), cite(NEWS, "paragraphs 1-3")],
  },
  topics: ["gender", "foreign-terrorist-fighters", "human-rights", "implementation-of-resolutions"],
  sessions: [
    { id: "opening", kind: "opening", title: { value: "High-level opening session", evidence: [cite(NEWS, "paragraph 2")] } },
    { id: "session-1", kind: "thematic", number: 1, summary: { value: "The drivers of female radicalisation.", evidence: [cite(NEWS, "paragraph 3")] } },
  ],
  media: [{ id: "webcast", kind: "webcast", label: "Webcast (UN Web TV)", status: "ok", url: WEBTV_URL, evidence: [cite(WEBTV)] }],
  documents: [{ symbol: "resolution 2242 (2015)", relation: "reference", evidence: [cite(NEWS, "paragraph 2")] }],
  claims: [{ value: "The briefing took place alongside the Council's yearly open debate on Women, Peace and Security.", evidence: [cite(NEWS, "paragraph 1")] }],
  sources: [WEBTV, NEWS],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("michele-coninsx", ["michele-coninsx-executive-director-cted"], "cted", "speaker", [cite(NEWS, "paragraph 2")], { session: "opening" }),
  person("phumzile-mlambo-ngcuka", ["phumzile-mlambo-ngcuka-executive-director-un-women"], "un-women", "speaker", [cite(NEWS, "paragraph 2")], { session: "opening" }),
  person("leanne-erdberg", [], "united-states-institute-of-peace", "presenter", [cite(NEWS, "paragraph 3")], { session: "session-1" }),
  person("aleksandra-dier", ["aleksandra-dier-gender-coordinator-cted"], "cted", "presenter", [cite(NEWS, "paragraph 3")], { session: "session-1" }),
];

export const statements: MeetingModule["statements"] = [
  said("michele-coninsx", 1, "remarks", "She committed CTED to integrating gender more fully into its assessments and its dialogue with Member States, and to recommending more policies against terrorism and violent extremism that take gender into account.", [cite(NEWS, "paragraph 2")]),
  said("phumzile-mlambo-ngcuka", 1, "remarks", "She pointed out that terrorist groups keep exploiting systematic and structural biases against women to advance their aims.", [cite(NEWS, "paragraph 2")]),
  said("leanne-erdberg", 1, "presentation", "She described the belonging and status terrorist groups promise to isolated women and men, promises of female agency that are not kept once people join, and called for more adaptive international responses that are not only gender-sensitive but gender-savvy.", [cite(NEWS, "paragraph 3")]),
  said("aleksandra-dier", 1, "presentation", "She rejected the idea that women in terrorist groups are merely the brides of fighters: women join for many reasons and play different roles.", [cite(NEWS, "paragraph 3")]),
];

export const { quotes, figures, corrections } = none;
