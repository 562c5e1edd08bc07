// 8-10 June 2010: Regional Workshop for Police Officers and Prosecutors in South Asia on Effectively
// Countering Terrorism, Colombo, hosted by Sri Lanka in association with CTED.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2010-06-08-south-asia-workshop-colombo";
const RCSS = "rcss-2010-06-08-colombo-workshop";
const PR = "studylib-2010-06-10-colombo-press-release";
const GC = "globalcenter-colombo-workshop-event";
const GC8 = "globalcenter-eighth-south-asia-workshop-event";
const id = prefixer(MEETING);

const input = (organization: string) => ({
  id: id(organization),
  meeting: MEETING,
  organization,
  capacity: "participant" as const,
  evidence: [cite(RCSS, "paragraph 2"), cite(PR)],
  note: "Gave input to the discussions.",
});

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Regional Workshop for Police Officers and Prosecutors in South Asia on Effectively Countering Terrorism",
    evidence: [cite(RCSS, "paragraph 1"), cite(GC, "title")],
  },
  alternateTitles: [
    { value: "Regional Police, Prosecutors Discuss Effectively Countering Terrorism in South Asia", evidence: [cite(PR, "headline")], note: "Headline of the organizers' press release (in capitals, words run together in the copy)." },
  ],
  dates: { value: { start: "2010-06-08", end: "2010-06-10" }, evidence: [cite(RCSS, "dateline and paragraph 1"), cite(PR)] },
  type: { value: "workshop", evidence: [cite(RCSS, "paragraph 1"), cite(PR)] },
  organizers: [
    { organization: "sri-lanka", role: "host", evidence: [cite(RCSS, "paragraph 1"), cite(PR), cite(GC, "paragraph 1")] },
    { organization: "cted", role: "co-organizer", evidence: [cite(RCSS, "paragraph 1"), cite(PR), cite(GC, "paragraph 1")] },
    { organization: "rcss", role: "co-organizer", evidence: [cite(RCSS, "paragraph 1"), cite(PR), cite(GC, "paragraph 1")] },
    { organization: "global-center-on-cooperative-security", role: "co-organizer", evidence: [cite(RCSS, "paragraph 1"), cite(PR), cite(GC, "paragraph 1")] },
    { organization: "australia", role: "supporter", evidence: [cite(RCSS, "paragraph 1"), cite(PR)] },
    { organization: "canada", role: "supporter", evidence: [cite(RCSS, "paragraph 1"), cite(PR)] },
  ],
  venue: { value: { mode: "in-person", locations: [{ city: "Colombo", country: "Sri Lanka" }] }, evidence: [cite(RCSS, "dateline"), cite(PR)] },
  summary: {
    value:
      "Senior police officers and prosecutors from all eight SAARC States met for three days on practical issues in terrorism cases and on closer international cooperation in investigations and prosecutions, including a possible joint regional training mechanism; the police concentrated on terrorist financing and its links to organized crime, the prosecutors on witness protection.",
    evidence: [cite(RCSS, "paragraphs 1-3"), cite(PR)],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "terrorism-financing", "terrorism-crime-nexus"],
  series: {
    value: { name: "regional workshops for police officers, prosecutors and judges in South Asia on effectively countering terrorism", number: 2 },
    evidence: [cite(GC8, "paragraph 2"), cite(RCSS, "paragraph 3")],
    confidence: 0.9,
    note: "Second in the list of the seven workshops before the eighth; it builds on the Dhaka workshop of November 2009.",
  },
  related: [{ meeting: "2009-11-08-south-asia-workshop-dhaka", relation: "follow-up-to", evidence: [cite(RCSS, "paragraph 3")] }],
  sessions: [
    {
      id: "opening",
      kind: "opening",
      title: { value: "Opening Session", evidence: [cite(PR)] },
      date: "2010-06-08",
    },
  ],
  claims: [
    {
      value: "Police and prosecutors came from all eight SAARC member States: Afghanistan, Bangladesh, Bhutan, India, Maldives, Nepal, Pakistan and Sri Lanka; the SAARC Secretariat attended as an observer.",
      evidence: [cite(PR), cite(RCSS, "paragraph 2")],
    },
  ],
  sources: [RCSS, PR, GC, GC8],
  notes: ["The excerpt of the press release ends while listing the opening speakers after the CTED Executive Director."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("gotabaya-rajapaksa"),
    meeting: MEETING,
    session: "opening",
    person: "gotabaya-rajapaksa",
    roles: ["gotabaya-rajapaksa-secretary-ministry-of-defence-sri-lanka"],
    organization: "sri-lanka",
    capacity: "chair",
    evidence: [cite(PR)],
  },
  {
    id: id("mike-smith"),
    meeting: MEETING,
    session: "opening",
    person: "mike-smith",
    roles: ["mike-smith-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(PR)],
  },
  input("commonwealth-secretariat"),
  input("unodc"),
  input("ohchr"),
  input("fbi"),
  input("us-marshals-service"),
  {
    id: id("saarc"),
    meeting: MEETING,
    organization: "saarc",
    capacity: "participant",
    evidence: [cite(RCSS, "paragraph 2"), cite(PR)],
    note: "The SAARC Secretariat attended as an observer.",
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-saarc-states"),
    meeting: MEETING,
    value: 8,
    unit: "States",
    measure: "SAARC member States whose police and prosecutors took part",
    asStated: "all eight",
    approximate: false,
    evidence: [cite(RCSS, "paragraph 2"), cite(PR)],
  },
];

export const corrections: MeetingModule["corrections"] = [];
