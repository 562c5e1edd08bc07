// October 2003: the CTC's second special meeting with international, regional and subregional
// organizations, hosted in Washington, D.C. by the OAS and its Inter-American Committee against Terrorism.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2003-10-06-second-special-meeting-washington";
const OAS = "oas-2003-10-06-speech-ctc-follow-up";
const CTC = "ctc-cooperation-with-organizations";
const NEWS = "unnews-2007-11-action-plan";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Second special meeting of the Counter-Terrorism Committee with international, regional and subregional organizations",
    evidence: [cite(CTC, "paragraph 5")],
    note: "No source gives a formal title; the CTC's page calls it the second special meeting, hosted by the OAS and CICTE.",
  },
  dates: {
    value: { start: "2003-10-06", end: "2003-10-06" },
    evidence: [cite(OAS, "dateline"), cite(CTC, "paragraph 5")],
    confidence: 0.6,
    note: "The OAS speech addressing the gathering is dated 6 October 2003; the CTC's page gives only October 2003, and the meeting's length is not stated.",
  },
  type: { value: "special-meeting", evidence: [cite(CTC, "paragraph 5")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraphs 2 and 5")] },
    { organization: "oas", role: "host", evidence: [cite(CTC, "paragraph 5")] },
    { organization: "cicte", role: "host", evidence: [cite(CTC, "paragraph 5")] },
  ],
  venue: { value: { mode: "in-person", locations: [{ city: "Washington, D.C.", country: "United States" }] }, evidence: [cite(OAS, "dateline"), cite(CTC, "paragraph 5")] },
  summary: {
    value:
      "The first follow-up to the Committee's March 2003 meeting in New York, gathering regional bodies and specialized international organizations to work out how to develop and carry out a world-wide strategy against terrorism together.",
    evidence: [cite(OAS, "paragraphs 1-2"), cite(CTC, "paragraph 5")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "implementation-of-resolutions"],
  series: {
    value: { name: "special meetings of the Counter-Terrorism Committee with international, regional and subregional organizations", number: 2 },
    evidence: [cite(CTC, "paragraph 5")],
  },
  related: [
    { meeting: "2003-03-06-special-meeting-with-international-organizations", relation: "follow-up-to", evidence: [cite(OAS, "paragraphs 1-2"), cite(CTC, "paragraph 5")] },
  ],
  sources: [OAS, CTC, NEWS],
  notes: [
    "UN News (2007) lists Washington, D.C. among the places of the earlier special meetings.",
    "The author of the OAS speech is not named in the excerpt read.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("oas-speaker"),
    meeting: MEETING,
    organization: "oas",
    description: "The OAS speaker whose address is published in the OAS Media Center (not named in the excerpt)",
    capacity: "speaker",
    evidence: [cite(OAS)],
  },
  {
    id: id("inocencio-arias"),
    meeting: MEETING,
    person: "inocencio-arias",
    roles: ["inocencio-arias-chair-ctc", "inocencio-arias-permanent-representative-spain"],
    organization: "ctc",
    capacity: "participant",
    evidence: [cite(OAS, "salutation")],
    note: "Addressed in the speech's salutation as Chair of the Counter-Terrorism Committee; who presided is not stated.",
  },
  {
    id: id("maria-eugenia-brizuela-de-avila"),
    meeting: MEETING,
    person: "maria-eugenia-brizuela-de-avila",
    roles: ["maria-eugenia-brizuela-de-avila-foreign-minister-el-salvador"],
    organization: "el-salvador",
    capacity: "participant",
    evidence: [cite(OAS, "salutation")],
    note: "Addressed first in the speech's salutation.",
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("oas-speech"),
    meeting: MEETING,
    participation: id("oas-speaker"),
    kind: "remarks",
    text: "Recalled the New York meeting of March 2003 and the follow-up programme it launched, of which this gathering was the first meeting; argued that regional organizations can act as catalysts and go-betweens, adapting international expertise and the Committee's strategy to each State; and described how CICTE had grown since 11 September 2001 into a working body with programmes in 11 States.",
    evidence: [cite(OAS, "paragraphs 1-5")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-cicte-programme-states"),
    meeting: MEETING,
    participation: id("oas-speaker"),
    value: 11,
    unit: "States",
    measure: "States with active CICTE programmes",
    asStated: "11",
    approximate: false,
    asOf: "2003-10-06",
    evidence: [cite(OAS, "list of CICTE's activities")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
