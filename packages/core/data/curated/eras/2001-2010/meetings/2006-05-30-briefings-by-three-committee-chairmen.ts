// 30 May 2006: the Security Council reviews the work of its three counter-terrorism committees in a public
// meeting; the excerpt read covers the 1540 Committee's Chairman, Peter Burian (Slovakia).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2006-05-30-briefings-by-three-committee-chairmen";
const PR = "unis-2006-05-31-sc8730";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Security Council Reviews Work of Committees on Nuclear Non-Proliferation, Counter-Terrorism, Al-Qaida and Taliban",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline stands as the title.",
  },
  alternateTitles: [
    {
      value: "Main Issues Discussed Include Reporting Systems, Coordination among Committees, Cooperation with Regional Organizations",
      evidence: [cite(PR, "subheading")],
      note: "Subheading of the press release.",
    },
  ],
  dates: { value: { start: "2006-05-30", end: "2006-05-30" }, evidence: [cite(PR, "dateline")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraphs 1-2")], note: "Briefings given during a public meeting." },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "headline and paragraph 2")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "The Council reviewed the work of its committees on non-proliferation, counter-terrorism and Al-Qaida and the Taliban, discussing reporting systems, coordination among the committees and cooperation with regional organizations; the 1540 Committee's Chairman reported the extension of its mandate and the state of national reporting.",
    evidence: [cite(PR, "headline, subheading and paragraphs 1-3")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1540 (2004)", relation: "reference", evidence: [cite(PR, "paragraphs 1-2")] }],
  sources: [PR],
  notes: [
    "The excerpt covers only the 1540 Committee's briefing: the Chairmen of the Counter-Terrorism Committee and of the 1267 Committee are not named in it.",
    "The verbatim record of this meeting (S/PV.5446, agenda item “Threats to international peace and security caused by terrorist acts”) was found but not used: its copy's dot leaders could not be saved faithfully.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("peter-burian"),
    meeting: MEETING,
    person: "peter-burian",
    roles: ["peter-burian-chair-1540-committee"],
    organization: "1540-committee",
    capacity: "speaker",
    evidence: [cite(PR, "paragraphs 1-2")],
  },
  {
    id: id("ctc-chair"),
    meeting: MEETING,
    organization: "ctc",
    description: "The Chairman of the Counter-Terrorism Committee (not named in the excerpt)",
    capacity: "speaker",
    evidence: [cite(PR, "headline")],
    confidence: 0.8,
    note: "The release reviews the Counter-Terrorism Committee's work; the excerpt ends before its Chairman's part.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("burian"),
    meeting: MEETING,
    participation: id("peter-burian"),
    onBehalfOf: ["1540-committee"],
    kind: "briefing",
    text: "Said the Council had extended the 1540 Committee's mandate by two years, to 27 April 2008, and asked it to intensify its promotion of resolution 1540 through a work programme on implementation, outreach, dialogue, assistance and cooperation; reported first national reports from 129 States, with 62 still missing, that 83 had added information, and that a legislative database would be published on the Committee's website.",
    evidence: [cite(PR, "paragraphs 1-3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

const fig = (suffix: string, value: number, measure: string, asStated: string) => ({
  id: id(`figure-${suffix}`),
  meeting: MEETING,
  participation: id("peter-burian"),
  value,
  unit: "States",
  measure,
  asStated,
  approximate: false,
  asOf: "2006-05-30",
  evidence: [cite(PR, "paragraph 3")],
});

export const figures: MeetingModule["figures"] = [
  fig("first-reports", 129, "States that had submitted first national reports to the 1540 Committee", "129"),
  fig("no-report", 62, "States that had yet to submit a first national report to the 1540 Committee", "62"),
  fig("additional-information", 83, "States that provided additional information after examination of their first reports", "83"),
];

export const corrections: MeetingModule["corrections"] = [];
