// 25 June 2021: virtual side event of CTED and the Permanent Mission of Tunisia, during the second United Nations
// Counter-Terrorism Week, on the impacts of the COVID-19 pandemic on terrorism and counter-terrorism.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2021-06-25-impacts-of-covid-19-side-event";
const NEWS = "ctc-2021-06-cted-side-event-impacts-covid-19";
const EVENT = "ctc-event-2021-06-25-impacts-covid-19-side-event";
const { person, represented, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Impacts of the COVID-19 pandemic on terrorism, counter-terrorism, and countering violent extremism",
    evidence: [cite(NEWS, "paragraph 1"), cite(EVENT, "title")],
  },
  alternateTitles: [
    { value: "CTED Counter-Terrorism Week side event highlights regional distinctions in impact of COVID-19 on terrorism, counter-terrorism, and CVE", evidence: [cite(NEWS, "headline")], note: "Headline of the CTC's report." },
    { value: "Impacts of the COVID-19 pandemic on terrorism, counter-terrorism, and countering violent extremism virtual side event for second United Nations Counter-Terrorism Week", evidence: [cite(EVENT, "title")], note: "Title of the event page." },
  ],
  dates: { value: { start: "2021-06-25", end: "2021-06-25" }, evidence: [cite(NEWS, "paragraph 1"), cite(EVENT, "date")] },
  startTime: { value: "12:30", evidence: [cite(EVENT, "date")], note: "12.30 pm to 2.00 pm, New York time (EDT)." },
  type: { value: "side-event", evidence: [cite(NEWS, "paragraph 1"), cite(EVENT, "title")] },
  organizers: [
    { organization: "cted", role: "co-organizer", evidence: [cite(NEWS, "paragraph 1")] },
    { organization: "tunisia", role: "co-organizer", evidence: [cite(NEWS, "paragraph 1")] },
  ],
  venue: { value: { mode: "virtual", locations: [] }, evidence: [cite(EVENT, "title")] },
  summary: {
    value:
      "Held during the 2021 UN Counter-Terrorism Week, the event discussed how the pandemic has complicated Member States' counter-terrorism and CVE work, with CTED presenting the findings of its latest analysis and experts of its Global Research Network describing differences between regions, and looked at future implications and solutions.",
    evidence: [cite(NEWS, "headline and paragraphs 1-4")],
  },
  topics: ["research-network", "human-rights", "gender", "terrorism-financing", "international-cooperation"],
  claims: [
    { value: "The side event belonged to the second UN Counter-Terrorism Week, which ran from 21 to 30 June 2021.", evidence: [cite(NEWS, "paragraph 1"), cite(EVENT, "title")] },
   { value: "CTED published reports on the pandemic's impacts in June and December 2020, with another expected in June 2021.", evidence: [cite(EVENT, "paragraph 1")] }],
  sources: [NEWS, EVENT],
  notes: ["The affiliation of one panellist is cut off in the copy read (“of the Observe…”)."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("tarek-ladeb", ["tarek-ladeb-permanent-representative-tunisia", "tarek-ladeb-chair-ctc"], "tunisia", "chair", [cite(NEWS, "paragraphs 1-2")], { note: "He opened the meeting." }),
  person("michele-coninsx", ["michele-coninsx-executive-director-cted"], "cted", "speaker", [cite(NEWS, "paragraphs 1 and 3")]),
  represented("global-research-network", [cite(NEWS, "paragraph 1")], "Expert speakers from CTED's Global Research Network."),
  person("may-salem", [], "cccpa", "presenter", [cite(NEWS, "paragraph 4")]),
  person("maya-mirchandani", [], undefined, "presenter", [cite(NEWS, "paragraph 4")], { note: "Her affiliation is cut off in the copy read (“of the Observe…”).", confidence: 0.9 }),
];

export const statements: MeetingModule["statements"] = [
  said("tarek-ladeb", 1, "opening-remarks", "He said the Committee had kept working through the pandemic by adapting: meeting Member States virtually and assessing them in hybrid visits.", [cite(NEWS, "paragraph 2")]),
  said("michele-coninsx", 1, "presentation", "She presented CTED's latest findings: the pandemic had deepened grievances that can feed radicalization to violence and would have long-term effects on border management and law enforcement, on prosecution, rehabilitation and reintegration, on gender and human rights, and on countering the financing of terrorism.", [cite(NEWS, "paragraph 3")]),
];

export const { quotes, figures, corrections } = none;
