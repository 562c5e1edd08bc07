// 19 August 2021: Security Council briefing on the Secretary-General's 13th strategic-level report on the
// threat posed by ISIL (Da'esh), with UNOCT's Under-Secretary-General and CTED's Executive Director.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2021-08-19-security-council-briefing-13th-isil-report";
const LIST = "ctc-news-articles-listing-2021";
const VNS = "nationthailand-2021-08-security-council-isil-briefing";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The Secretary-General’s 13th biannual strategic-level report on the threat posed by ISIL (Da’esh) and its affiliates",
    evidence: [cite(LIST, "fourth item")],
  },
  dates: { value: { start: "2021-08-19", end: "2021-08-19" }, evidence: [cite(LIST, "fourth item"), cite(VNS, "paragraph 4")] },
  type: { value: "security-council-briefing", evidence: [cite(LIST, "fourth item")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(LIST, "fourth item")] }],
  summary: {
    value:
      "The Council was briefed on the Secretary-General's report on the threat posed by ISIL (Da'esh). The briefers said pandemic restrictions had hampered terrorist activity outside conflict zones while the threat grew in war zones, with ISIL affiliates spreading in Africa, Afghanistan and South Asia, and called for a humanitarian solution for the people held in camps in Iraq and Syria. Council members voiced concern about Afghanistan and agreed a press statement.",
    evidence: [cite(VNS, "paragraphs 1-4")],
  },
  topics: ["foreign-terrorist-fighters", "international-cooperation", "implementation-of-resolutions"],
  claims: [{ value: "The Council agreed on a press statement on the exchange, reaffirming the international community's determination to eliminate terrorism and calling for stronger international counter-terrorism cooperation.", evidence: [cite(VNS, "paragraph 4")] }],
  sources: [LIST, VNS],
  notes: ["The agency report (VNS) calls CTED's head the “Director of the Counter Terrorism Executive Directorate”; the venue is not stated."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("vladimir-voronkov", ["vladimir-voronkov-usg-unoct"], "unoct", "speaker", [cite(VNS, "paragraph 1")]),
  person("michele-coninsx", ["michele-coninsx-executive-director-cted"], "cted", "speaker", [cite(VNS, "paragraph 1")], { note: "The report names her “Director of the Counter Terrorism Executive Directorate (CTED) Michele Coninsx”." }),
];

export const statements: MeetingModule["statements"] = [
  said("vladimir-voronkov", 1, "briefing", "With CTED's Executive Director, he reported that social distancing during the pandemic had affected how terrorist activity was organized outside conflict zones while the threat rose in war zones, ISIL affiliates spreading across West, East and Central Africa and the Sahel, and into Afghanistan and South Asia; both called for a humanitarian solution for those held in the camps of Iraq and Syria and stressed the Council's central role.", [cite(VNS, "paragraphs 1-2")]),
];

export const { quotes, figures, corrections } = none;
