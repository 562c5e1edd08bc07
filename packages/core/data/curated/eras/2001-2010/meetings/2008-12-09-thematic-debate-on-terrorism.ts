// 9 December 2008: day-long Security Council debate on threats caused by terrorist acts, convened by
// Croatia's presidency (Croatia then chaired the CTC) and presided over by President Stjepan Mesić, days
// after the Mumbai attacks; it ends with a presidential statement.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2008-12-09-thematic-debate-on-terrorism";
const PR = "un-press-2008-12-09-sc9524";
const HR = "mvep-2008-12-09-mesic-statement";
const PC = "un-press-2008-12-02-jurica-press-conference";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "UN Security Council Thematic Debate on Terrorism",
    evidence: [cite(HR, "heading")],
    note: "As the title of the Croatian President's statement names the debate; the Council President announced it as an open debate on threats to international peace and security caused by terrorist acts.",
  },
  alternateTitles: [
    {
      value: "Presidential Statement Follows Day-Long Debate; Secretary-General Says Best Response to Malevolent Ideology ‘Strong Assertion of Collective Resistance’",
      evidence: [cite(PR, "subheadings")],
      note: "Subheadings of the press release (its headline is not in the excerpt).",
    },
  ],
  dates: { value: { start: "2008-12-09", end: "2008-12-09" }, evidence: [cite(PR, "date line"), cite(PC, "paragraph 2")] },
  type: {
    value: "security-council-open-debate",
    evidence: [cite(PC, "paragraph 2")],
    note: "Announced as an open debate (a thematic debate chosen by the presidency); the release speaks of a day-long meeting and debate (6034th meeting, morning and afternoon).",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line"), cite(PC, "paragraph 2")] }],
  summary: {
    value:
      "Convened by Croatia's presidency after the Mumbai attacks and opened by the Secretary-General, the day-long meeting ended with a presidential statement urging Member States to renew the solidarity shown after 11 September 2001, strengthen cooperation to deny terrorists safe haven and bring them to justice, condemn incitement, counter radicalization, and build mutual trust and dialogue among civilizations.",
    evidence: [cite(PR, "paragraphs 1-5"), cite(PC, "paragraphs 2-3")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "terrorist-narratives", "implementation-of-resolutions"],
  documents: [{ symbol: "Presidential statement of 9 December 2008", relation: "outcome", date: "2008-12-09", evidence: [cite(PR, "paragraphs 1-4"), cite(PC, "paragraph 3")] }],
  claims: [
    {
      value: "Croatia, which chaired the Counter-Terrorism Committee in 2008, chose terrorism as the theme of its presidency's thematic debate.",
      evidence: [cite(PC, "paragraph 2")],
      note: "The press conference gives the choice of theme; Croatia's chairmanship of the CTC is recorded in the roles of Neven Jurica.",
    },
  ],
  sources: [PR, HR, PC],
  notes: ["Other speakers are not named in the excerpts read; the venue is not stated."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("stjepan-mesic"),
    meeting: MEETING,
    person: "stjepan-mesic",
    roles: ["stjepan-mesic-president-croatia"],
    organization: "croatia",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2"), cite(PC, "paragraph 2"), cite(HR, "heading")],
    note: "Presided over the meeting and read the presidential statement.",
  },
  {
    id: id("ban-ki-moon"),
    meeting: MEETING,
    person: "ban-ki-moon",
    roles: ["ban-ki-moon-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(PR, "subheadings and paragraph 5")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("stjepan-mesic"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "Read the Council's statement expressing deep concern at continuing terrorist attacks, asking States to renew the solidarity of September 2001, to strengthen mechanisms to find, deny safe haven to and prosecute anyone involved in terrorist acts, condemning incitement and its glorification, and stressing dialogue among civilizations and mutual trust among States.",
    evidence: [cite(PR, "paragraphs 1-4")],
  },
  {
    id: id("mesic-closing"),
    meeting: MEETING,
    participation: id("stjepan-mesic"),
    onBehalfOf: ["croatia"],
    kind: "closing-remarks",
    text: "Repeated that Mumbai showed terrorism to be a global threat needing a global answer, and that international solidarity was not at the level required; recalled Croatia's call after 11 September 2001 for a global coalition of equals based on mutual trust, and argued that solidarity had waned when the fight seemed to become the affair of one country or group.",
    evidence: [cite(HR, "paragraphs 1-6")],
  },
  {
    id: id("ban"),
    meeting: MEETING,
    participation: id("ban-ki-moon"),
    kind: "opening-remarks",
    text: "Opened the meeting; the release sums up his message as the best answer to a malevolent ideology being a strong, collective show of resistance.",
    evidence: [cite(PR, "subheadings and paragraph 5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
