// 12 January 2021: ministerial-level Security Council video-teleconference marking 20 years since resolution
// 1373 (2001), chaired by Tunisia's Foreign Minister.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2021-01-12-international-cooperation-20-years-resolution-1373";
const LETTER = "un-s-2021-48-letter-president-security-council";
const WEBTV = "webtv-2021-01-12-international-cooperation-20-years-1373";
const CTC = "ctc-2021-01-security-council-commemorates-20th-anniversary-1373";
const WEBTV_URL =
  "https://webtv.un.org/cuba-general-debate-70th-session/4516124277001/watch/threats-to-international-peace-and-security-caused-by-terrorist-acts-international-cooperation-in-combating-terrorism-20-years-after-the-adoption-of-resolution-1373-2001-security-council-open-vtc/6222260272001/?term=&lan=spanish";
const { person, described, said } = forMeeting(MEETING);

const minister = (personId: string, roleId: string, state: string) =>
  person(personId, [roleId], state, "speaker", [cite(LETTER)], { note: "Listed in the Council President's letter among the statements delivered at the video-teleconference." });

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Threats to international peace and security caused by terrorist acts: international cooperation in combating terrorism 20 years after the adoption of resolution 1373 (2001)",
    evidence: [cite(LETTER), cite(WEBTV, "title")],
  },
  alternateTitles: [
    {
      value: "Threats to international peace and security caused by terrorist acts: International cooperation in combating terrorism 20 years after the adoption of resolution 1373 (2001) - Security Council Open VTC",
      evidence: [cite(WEBTV, "title")],
      note: "Title on UN Web TV.",
    },
  ],
  dates: { value: { start: "2021-01-12", end: "2021-01-12" }, evidence: [cite(LETTER), cite(WEBTV, "date"), cite(CTC, "paragraph 1")] },
  type: {
    value: "security-council-meeting",
    evidence: [cite(CTC, "paragraph 1")],
    note: "The CTC calls it a ministerial-level meeting of the Council; the Council's letter calls it a video-teleconference.",
    alternatives: [{ value: "security-council-briefing", evidence: [cite(WEBTV, "description")], note: "The Web TV page describes a briefing at ministerial level." }],
    preferred: "Three sources describe one Council meeting held by video-teleconference; the Web TV page's word “briefing” describes its briefers' part rather than the format, so the neutral type is kept.",
  },
  organizers: [
    { organization: "un-security-council", role: "convener", evidence: [cite(LETTER), cite(CTC, "paragraph 1")] },
    { organization: "tunisia", role: "host", evidence: [cite(WEBTV, "description")], },
  ],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(LETTER), cite(WEBTV, "title")] },
  objectives: [
    { value: "To take stock of how far States have built laws and institutions to prevent and counter terrorism and the violent extremism that leads to it, and of what is still missing in international cooperation.", evidence: [cite(WEBTV, "description")] },
    { value: "To identify emerging trends and lay the ground for common priorities of future multilateral action.", evidence: [cite(WEBTV, "description")] },
  ],
  summary: {
    value:
      "Twenty years after resolution 1373 (2001), the Council met at ministerial level, by video-teleconference, under Tunisia's presidency. It heard UNOCT's Under-Secretary-General, CTED's Executive Director and a civil society briefer on the trends, challenges, lessons and good practices of two decades of counter-terrorism, and adopted a presidential statement that reaffirms existing commitments and stresses CTED's assessment role.",
    evidence: [cite(CTC, "paragraph 1"), cite(WEBTV, "description"), cite(LETTER)],
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  media: [{ id: "webcast", kind: "webcast", label: "Webcast (UN Web TV)", status: "ok", url: WEBTV_URL, evidence: [cite(WEBTV)] }],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(LETTER), cite(CTC, "paragraph 1")] },
    { symbol: "S/2021/48", relation: "reference", date: "2021-01-15", evidence: [cite(LETTER)] },
  ],
  claims: [
    {
      value: "The Council adopted a presidential statement reaffirming existing commitments; it encourages Member States to keep cooperating with the Committee and CTED and calls CTED's neutral, expert assessment of implementation its core function.",
      evidence: [cite(CTC, "paragraph 1")],
    },
    { value: "Besides the statements delivered, many delegations and entities submitted written statements, enclosed with the Council President's letter S/2021/48.", evidence: [cite(LETTER)] },
  ],
  sources: [LETTER, WEBTV, CTC],
  notes: [
    "The presidential statement's symbol is lost in the CTC page's copy (an empty link).",
    "The briefer of Neem Foundation is spelled “Akilu” by the Council's letter and “Akalu” by the CTC page; the record follows the Council's document.",
  ],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("othman-jerandi", ["othman-jerandi-minister-for-foreign-affairs-tunisia"], "tunisia", "chair", [cite(LETTER), cite(WEBTV, "description")], { note: "According to the Web TV page Tunisia's Foreign Minister presided; the letter lists his statement first." }),
  person("vladimir-voronkov", ["vladimir-voronkov-usg-unoct"], "unoct", "speaker", [cite(LETTER), cite(CTC, "paragraphs 1 and 4")]),
  person("michele-coninsx", ["michele-coninsx-executive-director-cted"], "cted", "speaker", [cite(LETTER), cite(CTC, "paragraphs 1 and 3")]),
  person("fatima-akilu", ["fatima-akilu-executive-director-neem-foundation"], "neem-foundation", "speaker", [cite(LETTER), cite(CTC, "paragraph 1")]),
  minister("s-jaishankar", "s-jaishankar-external-affairs-minister-india", "india"),
  minister("simon-coveney", "simon-coveney-minister-for-foreign-affairs-ireland", "ireland"),
  minister("raychelle-omamo", "raychelle-omamo-cabinet-secretary-foreign-affairs-kenya", "kenya"),
  minister("juri-luik", "juri-luik-minister-of-defence-estonia", "estonia"),
  minister("monica-maeland", "monica-maeland-minister-of-justice-norway", "norway"),
  minister("keisal-peters", "keisal-peters-minister-of-state-saint-vincent-and-the-grenadines", "saint-vincent-and-the-grenadines"),
  minister("james-cleverly", "james-cleverly-minister-of-state-middle-east-north-africa-united-kingdom", "united-kingdom"),
  described("representatives", "The representatives of China, France, Mexico, the Niger, the Russian Federation, the United States of America and Viet Nam", [cite(LETTER)], "speaker"),
];

export const statements: MeetingModule["statements"] = [
  said("michele-coninsx", 1, "briefing", "She said the world had advanced a great deal against terrorism in spite of many complex difficulties, and called for a comprehensive, coordinated One-UN approach that helps States build effective measures while addressing the conditions conducive to terrorism.", [cite(CTC, "paragraph 3")]),
  said("vladimir-voronkov", 1, "briefing", "He called for renewed commitment to look beyond terrorism as a tactic.", [cite(CTC, "paragraph 4")]),
];

export const { quotes, figures, corrections } = none;
