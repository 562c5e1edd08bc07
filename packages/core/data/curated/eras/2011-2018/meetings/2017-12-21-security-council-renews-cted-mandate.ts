// 21 December 2017: the Security Council's 8146th meeting, adopting resolution 2395 (2017), which renews
// CTED's mandate as a special political mission until 31 December 2021.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-12-21-security-council-renews-cted-mandate";
const PR = "un-press-2017-12-21-sc13136";
const AV = "unmedia-2017-12-21-8146th-meeting";
const CTED = "ctc-2017-12-21-executive-director-welcomes-renewal";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Threats to International Peace and Security", evidence: [cite(AV, "title")], note: "The agenda item, as the UN Audiovisual Library titles the meeting's recording." },
  alternateTitles: [
    { value: "Unanimously Adopting Resolution 2395 (2017), Security Council Renews Mandate of Counter-Terrorism Committee Executive Directorate until December 2021", evidence: [cite(PR, "headline")], note: "Headline of the meetings coverage." },
    { value: "8146th Security Council Meeting: Threats to International Peace and Security", evidence: [cite(AV, "title")], note: "Title of the recording." },
  ],
  dates: {
    value: { start: "2017-12-21", end: "2017-12-21" },
    evidence: [cite(CTED, "item body, paragraph 1 (dateline)")],
    note: "The meetings coverage and the recording's page say 'today'; CTED's press release is datelined New York, 21 December 2017, and says the Council adopted the resolution that day.",
  },
  type: { value: "security-council-meeting", evidence: [cite(AV, "title"), cite(PR, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1"), cite(AV, "title")] }],
  summary: {
    value:
      "The Council unanimously renewed CTED's mandate as a special political mission supporting the Counter-Terrorism Committee until December 2021, stressed coordination between CTED and the new Office of Counter-Terrorism, confirmed CTED's core roles (assessing issues and trends in implementing resolution 1373, supporting the Global Strategy, technical assistance), asked CTED to report by the end of March 2018 on strengthening its assessments, and called for gender to be integrated in all its work.",
    evidence: [cite(PR, "paragraphs 1-5"), cite(AV, "description")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["implementation-of-resolutions", "gender", "international-cooperation"],
  documents: [
    { symbol: "resolution 2395 (2017)", relation: "outcome", date: "2017-12-21", evidence: [cite(PR, "headline and paragraph 2"), cite(CTED, "item body, paragraph 1")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(PR, "paragraph 3")] },
  ],
  claims: [{ value: "The resolution extends CTED's mandate by four years, to 31 December 2021.", evidence: [cite(CTED, "item body, paragraph 1"), cite(PR, "headline")] }],
  mentions: [{ organization: "unoct", evidence: [cite(PR, "paragraph 2")], note: "The resolution stresses that CTED should coordinate with the new Office of Counter-Terrorism." }],
  sources: [PR, AV, CTED],
  notes: ["No speaker is named in the excerpts read."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  { id: id("council-members"), meeting: MEETING, organization: "un-security-council", description: "The members of the Security Council, adopting the resolution unanimously", capacity: "participant", evidence: [cite(PR, "paragraph 2")] },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
