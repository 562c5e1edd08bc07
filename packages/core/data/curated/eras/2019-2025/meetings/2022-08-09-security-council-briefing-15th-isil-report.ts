// 9 August 2022: Security Council briefing on the Secretary-General's 15th strategic-level report on the threat
// posed by ISIL (Da'esh); known from two announcements written before it (Security Council Report, and a news site).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2022-08-09-security-council-briefing-15th-isil-report";
const SCR = "scr-2022-08-08-whatsinblue-isil-report";
const TNL = "thailandnewsline-2022-08-cted-to-brief-isil-report";
const { person, described } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The Secretary-General’s 15th biannual strategic level report (S/2022/576) on the threat posed by the Islamic State in Iraq and the Levant (ISIL/Da’esh) to international peace and security",
    evidence: [cite(SCR, "paragraph 1")],
  },
  alternateTitles: [{ value: "Counter-Terrorism: Briefing on the Secretary-General’s Strategic Level Report on ISIL/Da’esh", evidence: [cite(SCR, "headline")], note: "Headline of Security Council Report's preview." }],
  dates: { value: { start: "2022-08-09", end: "2022-08-09" }, evidence: [cite(SCR, "paragraph 1"), cite(TNL, "paragraph 1")], note: "The preview, posted on 8 August 2022, announces the briefing for the next day; a second announcement gives the date 9 August 2022. No account written after the meeting was found.", confidence: 0.95 },
  type: { value: "security-council-briefing", evidence: [cite(SCR, "headline and paragraph 1"), cite(TNL, "paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(SCR, "paragraph 1")] }],
  summary: {
    value:
      "The Council was to be briefed on the Secretary-General's report on ISIL (Da'esh), which found the threat still rising in the first half of 2022, particularly in conflict zones, with a risk of spreading beyond them, and warned that the economic downturn and inflation could worsen the conditions conducive to terrorism.",
    evidence: [cite(SCR, "paragraphs 1-2")],
  },
  topics: ["foreign-terrorist-fighters", "international-cooperation"],
  documents: [{ symbol: "S/2022/576", relation: "reference", date: "2022-07-26", evidence: [cite(SCR, "paragraphs 1-2"), cite(TNL, "paragraph 3")] }],
  sources: [SCR, TNL],
  notes: ["Known only from announcements written before the meeting: the briefers are those expected to brief, and the account is of the report to be presented."],
  review: { state: "curated", checked: CHECKED, note: "Every fact checked against the two announcements; the participations are those announced (confidence below 1)." },
};

export const participations: MeetingModule["participations"] = [
  person("vladimir-voronkov", ["vladimir-voronkov-usg-unoct"], "unoct", "speaker", [cite(SCR, "paragraph 1"), cite(TNL, "paragraph 2")], { confidence: 0.9, note: "Expected to brief, according to both announcements." }),
  person("weixiong-chen", ["weixiong-chen-acting-executive-director-cted"], "cted", "speaker", [cite(SCR, "paragraph 1"), cite(TNL, "paragraph 2")], { confidence: 0.9, note: "Expected to brief as Acting Executive Director of CTED, according to both announcements." }),
  { ...described("civil-society-briefer", "A civil-society briefer experienced in counter-terrorism in Africa", [cite(SCR, "paragraph 1")], "speaker"), confidence: 0.9, note: "Expected to brief, according to the preview." },
];

export const statements: MeetingModule["statements"] = [];
export const { quotes, figures, corrections } = none;
