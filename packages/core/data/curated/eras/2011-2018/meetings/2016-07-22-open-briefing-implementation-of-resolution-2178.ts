// 22 July 2016: CTC open briefing on Member States' implementation of resolution 2178 (2014) on
// foreign terrorist fighters, reporting on the three regional informal briefings of June and July.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-07-22-open-briefing-implementation-of-resolution-2178";
const CTC = "ctc-2016-07-open-briefing-timely-national-efforts-ftf";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Member States’ implementation of Security Council resolution 2178 (2014), on stemming the flow of foreign terrorist fighters (FTF)",
    evidence: [cite(CTC, "paragraph 1")],
    note: "The theme of the open briefing in the page's words.",
  },
  alternateTitles: [
    { value: "Open briefing underscores need for timely national efforts in countering foreign fighters", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's news page." },
    { value: "Counter-Terrorism Committee open briefing underscores need for timely national efforts in countering foreign terrorist fighters", evidence: [cite("cted-2016-09-newsletter", "contents")], note: "Title of the item in CTED's newsletter of September 2016." },
  ],
  dates: { value: { start: "2016-07-22", end: "2016-07-22" }, evidence: [cite(CTC, "paragraph 1")] },
  type: { value: "open-briefing", evidence: [cite(CTC, "paragraphs 1-2")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "Before Member States, international and regional organizations and civil society, CTED's experts reported on the Committee's three regional dialogues of June and July with States affected by foreign terrorist fighters and on States' follow-up to the Committee's recommendations; participants discussed the threat from returning and relocating fighters, what drives people to join, and good practices, and CTED urged use of the Madrid Guiding Principles.",
    evidence: [cite(CTC, "paragraphs 2-5 and 8")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["foreign-terrorist-fighters", "implementation-of-resolutions", "international-cooperation", "criminal-justice"],
  documents: [{ symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(CTC, "paragraphs 1 and 8")] }],
  related: [
    { meeting: "2016-06-09-informal-briefing-ftf-middle-east", relation: "follow-up-to", evidence: [cite(CTC, "paragraph 3")] },
    { meeting: "2016-07-14-informal-briefing-ftf-sahel-west-africa-maghreb", relation: "follow-up-to", evidence: [cite(CTC, "paragraph 3")] },
    { meeting: "2016-07-15-informal-briefing-ftf-south-south-east-asia", relation: "follow-up-to", evidence: [cite(CTC, "paragraph 3")] },
  ],
  sources: [CTC, "cted-2016-09-newsletter"],
  notes: ["The page names the Chair only by title; Egypt's Permanent Representative chaired the Committee in 2016 (see his role's observed dates)."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraph 6 (“The Chair of CTC”)")],
    confidence: 0.9,
    note: "The page says only “The Chair of CTC”; the Chair in July 2016 was Amr Abdellatif Aboulatta, observed in post from March 2016 to December 2017.",
  },
  {
    id: id("jean-paul-laborde"),
    meeting: MEETING,
    person: "jean-paul-laborde",
    roles: ["jean-paul-laborde-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraph 7")],
  },
  {
    id: id("cted-experts"),
    meeting: MEETING,
    organization: "cted",
    description: "Experts of CTED",
    capacity: "presenter",
    evidence: [cite(CTC, "paragraphs 3 and 8")],
  },
  {
    id: id("attendees"),
    meeting: MEETING,
    description: "Delegates from Member States, international and regional bodies, civil society and NGOs",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-chair"),
    meeting: MEETING,
    participation: id("amr-abdellatif-aboulatta"),
    kind: "remarks",
    text: "The Chair called for urgently stronger cooperation and coordination, renewed strategies and the resources needed to keep terrorists from disrupting people's lives and freedoms.",
    evidence: [cite(CTC, "paragraph 6")],
  },
  {
    id: id("statement-laborde"),
    meeting: MEETING,
    participation: id("jean-paul-laborde"),
    kind: "remarks",
    text: "CTED's Executive Director warned that returning fighters often bring combat and explosives skills and knowledge of how police and security services work, so States must keep strengthening detection, prosecution, rehabilitation and reintegration.",
    evidence: [cite(CTC, "paragraph 7")],
  },
  {
    id: id("statement-cted-experts"),
    meeting: MEETING,
    participation: id("cted-experts"),
    kind: "presentation",
    text: "CTED's experts reported on the three regional dialogues and advised States to apply the Madrid Guiding Principles, which favour flexible prosecution strategies together with suitable alternatives to prosecution.",
    evidence: [cite(CTC, "paragraphs 3 and 8")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
