// 19 June 2024: Security Council Arria-formula meeting on combating the rise of terrorism and violent extremism
// in West Africa and the Sahel, co-sponsored by the "A3 plus one"; CTED took part.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2024-06-19-arria-west-africa-sahel";
const SRC = "ctc-2024-06-cted-arria-west-africa-sahel";
const { id, person, said } = forMeeting(MEETING);

const sponsor = (organization: string) => ({ organization, role: "co-organizer" as const, evidence: [cite(SRC, "paragraph 1")] });

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Combating the Rise of Terrorism and Violent Extremism in West Africa and the Sahel", evidence: [cite(SRC, "caption and paragraph 1")] },
  alternateTitles: [{ value: "CTED participates in the Arria-formula meeting on combating terrorism and violent extremism in West Africa and the Sahel", evidence: [cite(SRC, "headline")], note: "Headline of the CTC page." }],
  dates: { value: { start: "2024-06-19", end: "2024-06-19" }, evidence: [cite(SRC, "caption and paragraph 1")] },
  type: { value: "arria-formula-meeting", evidence: [cite(SRC, "paragraph 1")] },
  organizers: [sponsor("algeria"), sponsor("mozambique"), sponsor("sierra-leone"), sponsor("guyana")],
  venue: { value: { mode: "in-person", locations: [{ city: "New York", country: "United States" }] }, evidence: [cite(SRC, "paragraph 1")] },
  objectives: [{ value: "To draw attention to the recent growth of terrorism and violent extremism in the region, explore its root causes, and share experience in countering terrorist groups and organized crime.", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "With the “A3 plus one” (Algeria, Mozambique, Sierra Leone and Guyana) as co-sponsors, the meeting examined the security situation in West Africa and the Sahel. CTED, UNOWAS, the UN's Assistant Secretary-General for Africa, ECOWAS and the AU Counter Terrorism Centre spoke; CTED described its recent assessments of African States and its engagement with regional organizations.",
    evidence: [cite(SRC, "paragraphs 1-3")],
  },
  topics: ["implementation-of-resolutions", "terrorism-crime-nexus", "international-cooperation"],
  sources: [SRC],
  notes: ["The copy read is a defaced mirror in which the word “Peace” is replaced by a token three times; the record reads the titles in full."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("david-scharia", [], "cted", "speaker", [cite(SRC, "caption and paragraph 2")], { note: "Spoke on behalf of CTED's Executive Director, Natalia Gherman." }),
  person("leonardo-santos-simao", ["leonardo-santos-simao-srsg-unowas"], "unowas", "speaker", [cite(SRC, "paragraph 2")]),
  person("martha-ama-akyaa-pobee", ["martha-ama-akyaa-pobee-assistant-secretary-general-un-dppa-dpo"], "un-dppa-dpo", "speaker", [cite(SRC, "paragraph 2")]),
  person("abdel-fatau-musah", ["abdel-fatau-musah-commissioner-ecowas"], "ecowas", "speaker", [cite(SRC, "paragraph 2")]),
  person("richard-apau", ["richard-apau-senior-analyst-au-counter-terrorism-centre"], "au-counter-terrorism-centre", "speaker", [cite(SRC, "paragraph 2")]),
];

export const statements: MeetingModule["statements"] = [
  said("david-scharia", 1, "remarks", "For CTED he said that in five years it had carried out fifteen assessment visits and sixteen desk assessments of African States, among them follow-up visits to Nigeria (2022) and Benin (2023), and four further West African visits were being prepared, and described CTED's work with regional organizations.", [cite(SRC, "paragraph 3")]),
];

export const figures: MeetingModule["figures"] = [
  { id: id("figure-assessment-visits-africa"), meeting: MEETING, participation: id("david-scharia"), value: 15, unit: "assessment visits", measure: "CTED assessment visits to African Member States in the last five years", asStated: "15", approximate: false, period: { start: "2019-06-19", end: "2024-06-19" }, evidence: [cite(SRC, "paragraph 3")] },
  { id: id("figure-desk-assessments-africa"), meeting: MEETING, participation: id("david-scharia"), value: 16, unit: "desk assessments", measure: "CTED desk assessments of African Member States in the last five years", asStated: "16", approximate: false, period: { start: "2019-06-19", end: "2024-06-19" }, evidence: [cite(SRC, "paragraph 3")] },
  { id: id("figure-planned-visits-west-africa"), meeting: MEETING, participation: id("david-scharia"), value: 4, unit: "visits", measure: "further CTED visits to West African States then in preparation", asStated: "four", approximate: false, asOf: "2024-06-19", evidence: [cite(SRC, "paragraph 3")] },
];

export const { quotes, corrections } = none;
