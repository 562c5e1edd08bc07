// 4 October 2002: Security Council meeting on threats caused by terrorist acts, one year after the CTC
// was set up: the Secretary-General and the CTC Chairman, Jeremy Greenstock, address the Council.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2002-10-04-threats-caused-by-terrorist-acts";
const PV = "archive-2002-10-04-spv4618";
const PR = "unis-2002-10-07-sc7522";
const NEWS = "shlfme-2002-10-04-ctc-key-tool";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Threats to international peace and security caused by terrorist acts", evidence: [cite(PV, "Agenda")], note: "The agenda item of the 4618th meeting." },
  alternateTitles: [
    {
      value: "Secretary General, Chairman of Counter-Terrorism Committee Address Meeting; Several Speakers Stress Need to Address Terrorism’s Root Causes",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release (UN Information Service reissue).",
    },
    { value: "UN CounterTerrorism Committee key tool in fighting menace Chairman says", evidence: [cite(NEWS, "headline")], note: "Headline of a reposted UN News story, punctuation lost in the copy." },
  ],
  dates: { value: { start: "2002-10-04", end: "2002-10-04" }, evidence: [cite(PV, "cover page"), cite(PR, "dateline")] },
  startTime: { value: "10:45", evidence: [cite(PV, "first page of the record")], note: "Opened at 10.45 a.m.; the cover page gives 10.30 a.m. as the scheduled time." },
  type: { value: "security-council-meeting", evidence: [cite(PV, "cover page"), cite(PR, "headline")], note: "The 4618th meeting of the Council." },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PV, "cover page")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline"), cite(PV, "cover page")] },
  summary: {
    value:
      "A year after resolution 1373, the Secretary-General told the Council that terrorism attacks the principles the UN stands on and that the Counter-Terrorism Committee had become a driver of the anti-terrorism conventions; the Committee's Chairman reported broad compliance with reporting and a jump in ratifications, and several speakers urged attention to the root causes of terrorism.",
    evidence: [cite(PR, "headline and paragraphs 1-5"), cite(NEWS)],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "human-rights"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", date: "2001", evidence: [cite(PR, "paragraph 2"), cite(NEWS)] }],
  mentions: [
    { organization: "european-union", evidence: [cite(NEWS)], note: "Cited by the Chairman as an example of regional cooperation." },
    { organization: "oas", evidence: [cite(NEWS)], note: "Cited by the Chairman as an example of regional cooperation." },
    { organization: "african-union", evidence: [cite(NEWS)], note: "Cited by the Chairman as an example of regional cooperation." },
  ],
  sources: [PV, PR, NEWS],
  notes: [
    "The reposted UN News story is undated; it reports the Chairman telling the Council, one year after the Committee's creation, and matches the Chairman's briefing of this meeting.",
    "The President of the Council (Mr. Belinga-Eboutou, Cameroon) presided; he is not recorded as a participant because the excerpt gives only his family name.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("kofi-annan"),
    meeting: MEETING,
    person: "kofi-annan",
    roles: ["kofi-annan-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(PR, "headline and paragraph 1")],
  },
  {
    id: id("jeremy-greenstock"),
    meeting: MEETING,
    person: "jeremy-greenstock",
    roles: ["jeremy-greenstock-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 5"), cite(NEWS)],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("annan"),
    meeting: MEETING,
    participation: id("kofi-annan"),
    kind: "remarks",
    text: "Called terrorism an attack on law, order, human rights and the peaceful settlement of disputes, which the UN is obliged and well placed to confront; credited the Committee with advancing the anti-terrorism conventions; backed a strategy of dissuasion, denial and cooperation; and warned that sacrificing human rights for security defeats itself and that real grievances must not be ignored.",
    evidence: [cite(PR, "paragraphs 1-4")],
  },
  {
    id: id("greenstock"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Said work under resolution 1373 was happening in every capital, with new laws and stronger institutions; the number of States party to all twelve anti-terrorism instruments had risen from two to 24 in a year; regional bodies were cooperating; almost all of nearly 180 first reports had been answered and 86 follow-up reports were under review, but 16 Member States had not reported, seven of them without any written contact.",
    evidence: [cite(NEWS), cite(PR, "paragraph 5")],
    confidence: 0.9,
  },
];

export const quotes: MeetingModule["quotes"] = [];

const fig = (suffix: string, value: number, unit: string, measure: string, asStated: string, approximate = false) => ({
  id: id(`figure-${suffix}`),
  meeting: MEETING,
  participation: id("jeremy-greenstock"),
  value,
  unit,
  measure,
  asStated,
  approximate,
  asOf: "2002-10-04",
  evidence: [cite(NEWS)],
  confidence: 0.9,
});

export const figures: MeetingModule["figures"] = [
  fig("states-party-all-instruments", 24, "States", "States that had ratified all twelve international anti-terrorism instruments", "24"),
  fig("states-not-reported", 16, "Member States", "Member States that had not filed a report with the Committee", "Sixteen"),
  fig("states-no-contact", 7, "Member States", "Member States that had made no written contact with the Committee", "seven"),
  fig("countries-reported", 180, "countries", "countries that had reported to the Committee", "Nearly 180", true),
  fig("follow-up-reports", 86, "reports", "follow-up reports provided by States and under review", "86"),
  fig("reports-total", 265, "reports", "reports received by the Committee in total", "265"),
];

export const corrections: MeetingModule["corrections"] = [];
