// 22 September 2016: the Security Council adopts resolution 2309 (2016) on terrorist threats to civil
// aviation, briefed by ICAO's Secretary General (reported in CTED's newsletter).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2016-09-22-security-council-adopts-resolution-2309";
const NL = "cted-2016-09-newsletter";
const id = prefixer(MEETING);
const ART = "article “Security Council unanimously adopts historic resolution …”";

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Threats to international peace and security caused by terrorist acts",
    evidence: [cite(NL, `${ART}, paragraph 1`)],
    confidence: 0.8,
    note: "The subject under which the newsletter says the resolution was adopted; no formal title of the meeting is given.",
  },
  alternateTitles: [
    { value: "Security Council unanimously adopts historic resolution on countering terrorist threats to civil aviation", evidence: [cite(NL, "contents"), cite(NL, `${ART}, headline`)], note: "Headline of the newsletter's article." },
  ],
  dates: { value: { start: "2016-09-22", end: "2016-09-22" }, evidence: [cite(NL, `${ART}, paragraph 1`)] },
  type: {
    value: "security-council-meeting",
    evidence: [cite(NL, `${ART}, paragraph 1`), cite(NL, "photo caption (“briefs the Security Council”)")],
    note: "The newsletter reports the Council's adoption of a resolution, with a briefing by ICAO's Secretary General; it does not name the meeting's format.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(NL, `${ART}, paragraph 1`)] }],
  summary: {
    value:
      "The Security Council unanimously adopted resolution 2309 (2016), asking States to work through ICAO so that its international security standards keep pace with the terrorist threat to civil aviation, to apply those standards effectively and help ICAO's audits and training, and to work together more closely on sharing information, controlling borders, law enforcement and criminal justice against foreign terrorist fighters and returnees.",
    evidence: [cite(NL, `${ART}, paragraphs 1-2`), cite(NL, `${ART}, headline`)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["critical-infrastructure", "border-security", "foreign-terrorist-fighters", "international-cooperation"],
  documents: [{ symbol: "resolution 2309 (2016)", relation: "outcome", evidence: [cite(NL, `${ART}, paragraph 1`)] }],
  claims: [
    {
      value: "CTED's newsletter calls it the first resolution of its kind, on terrorist threats to civil aviation, and says it called for continued cooperation between ICAO and CTED.",
      evidence: [cite(NL, `${ART}, headline and paragraphs 1 and 3`)],
    },
  ],
  sources: [NL],
  notes: ["The speakers other than ICAO's Secretary General are not named in the part of the newsletter that was read."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("fang-liu"),
    meeting: MEETING,
    person: "fang-liu",
    roles: ["fang-liu-secretary-general-icao"],
    organization: "icao",
    capacity: "speaker",
    evidence: [cite(NL, "photo caption")],
    note: "Shown briefing the Council in a photo caption.",
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
