// 19 February 2015: launch of CTED's Global Research Network of think tanks and research institutes at
// UN Headquarters, announced by the CTC Chair (Lithuania); the event focused on foreign terrorist fighters.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2015-02-19-launch-of-global-research-network";
const CTC = "ctc-2015-grn-launch-node-22644";
const TSG = "soufangroup-2015-04-07-launch-grn";
const GRN2017 = "ctc-2017-11-17-second-open-meeting-grn";
const id = prefixer(MEETING);
const LIST = "report, list of participating institutions";

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Launch of CTED Global Research Network",
    evidence: [cite(TSG, "heading of the reproduced CTED report")],
    note: "The heading of CTED's report on the launch, as the Soufan Group reproduces it; the CTC's own page, as read, has no headline.",
  },
  dates: {
    value: { start: "2015-02-19", end: "2015-02-19" },
    evidence: [cite(TSG, "report paragraph 1"), cite(CTC, "paragraph 2 (“on Thursday”)")],
    note: "The CTC page gives only the weekday (Thursday), which agrees with 19 February 2015; the CTC's 2017 page dates the launch to February 2015.",
  },
  type: { value: "launch-event", evidence: [cite(CTC, "paragraph 8 (“The launch event”)"), cite(CTC, "paragraph 2 (“at a meeting”)")] },
  organizers: [{ organization: "cted", role: "convener", evidence: [cite(TSG, "report paragraph 1"), cite(GRN2017, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(TSG, "report paragraph 1"), cite(CTC, "paragraph 2")] },
  objectives: [
    {
      value: "To strengthen CTED's analytical capacity and its engagement with research institutes and think tanks, so as to identify new terrorist trends and developments and follow States' counter-terrorism efforts, as resolution 2129 (2013) asks.",
      evidence: [cite(TSG, "report paragraphs 1-2"), cite(CTC, "paragraphs 1 and 6-7")],
    },
  ],
  summary: {
    value:
      "The Committee's Chair announced at UN Headquarters the launch of CTED's network of counter-terrorism think tanks and research institutes from every region, meant to bring their analysis of trends and challenges into the Committee's and CTED's work; the launch event discussed research on the gaps and good practices in States' responses to foreign terrorist fighters.",
    evidence: [cite(CTC, "paragraphs 1-2, 4-5 and 8"), cite(TSG, "report paragraphs 1-4")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["research-network", "foreign-terrorist-fighters", "implementation-of-resolutions"],
  documents: [
    { symbol: "resolution 2129 (2013)", relation: "mandate", evidence: [cite(TSG, "report paragraph 2"), cite(CTC, "paragraph 6")] },
    { symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(CTC, "paragraph 9")] },
  ],
  claims: [
    {
      value: "At its launch the network comprised 28 research institutions and think tanks based in Africa, the Americas, Asia, Europe, the Middle East and Oceania.",
      evidence: [cite(TSG, "report paragraph 3")],
    },
    {
      value: "The Committee decided at its meeting of 19 March 2015 to make the report of the launch available.",
      evidence: [cite(CTC, "paragraph 2")],
    },
  ],
  sources: [CTC, TSG, GRN2017],
  notes: [
    "The list of participating institutions in the Soufan Group's copy breaks off after the eighth name; the remaining institutions are not recorded.",
  ],
  review: CURATED,
};

const institution = (org: string, label: string, extra: Partial<MeetingModule["participations"][number]> = {}): MeetingModule["participations"][number] => ({
  id: id(org),
  meeting: MEETING,
  organization: org,
  capacity: "participant",
  evidence: [cite(TSG, LIST)],
  note: `${label} is named among the participating institutions in CTED's report on the launch.`,
  ...extra,
});

export const participations: MeetingModule["participations"] = [
  {
    id: id("raimonda-murmokaite"),
    meeting: MEETING,
    person: "raimonda-murmokaite",
    roles: ["raimonda-murmokaite-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(CTC, "paragraphs 2-3")],
    note: "Announced the launch of the network.",
  },
  {
    id: id("jean-paul-laborde"),
    meeting: MEETING,
    person: "jean-paul-laborde",
    roles: ["jean-paul-laborde-executive-director-cted"],
    organization: "cted",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 5")],
  },
  institution("international-centre-for-counter-terrorism", "The International Centre for Counter-Terrorism (ICCT)"),
  institution("real-instituto-elcano", "The Real Instituto Elcano"),
  institution("bangladesh-institute-of-international-and-strategic-studies", "The Bangladesh Institute of International and Strategic Studies (BIISS)"),
  institution("beijing-normal-university-college-for-criminal-science", "The Law School and College for Criminal Science of Beijing Normal University"),
  institution("global-center-on-cooperative-security", "The Global Center on Cooperative Security"),
  institution("start-university-of-maryland", "START (University of Maryland)"),
  institution("soufan-group", "The Soufan Group", { evidence: [cite(TSG, "headline"), cite(TSG, LIST)] }),
  institution("institute-for-security-studies", "The Institute for Security Studies (ISS)"),
  {
    id: id("research-institutes"),
    meeting: MEETING,
    description: "People from research institutes and think tanks in Africa, the Americas, Asia, Europe and the Middle East, as well as from other UN entities",
    capacity: "participant",
    evidence: [cite(CTC, "paragraph 5")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-murmokaite"),
    meeting: MEETING,
    participation: id("raimonda-murmokaite"),
    kind: "opening-remarks",
    text: "Announcing the network, the Chair said the event gave the Committee and CTED a rare chance to exchange experience with leading counter-terrorism research institutes on the major international issues of the day.",
    evidence: [cite(CTC, "paragraphs 2-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-network-members"),
    meeting: MEETING,
    value: 28,
    unit: "institutions",
    measure: "think tanks and research institutions in the network at its launch",
    asStated: "28",
    approximate: false,
    asOf: "2015-02-19",
    evidence: [cite(TSG, "report paragraph 3")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
