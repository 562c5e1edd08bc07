// 3 September 2021: third open meeting of the Counter-Terrorism Committee with CTED's Global Research Network,
// reflecting on 20 years of countering the terrorist threat.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2021-09-03-third-open-meeting-global-research-network";
const EVENT = "ctc-event-2021-09-03-open-meeting-grn";
const NEWS = "ctc-2021-09-ctc-grn-open-meeting-reflects-twenty-years";
const LIST = "ctc-news-articles-listing-2021";
const { id, person, represented, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Emerging threats, trends and developments in terrorism and counter-terrorism: reflecting on 20 years of countering the terrorist threat",
    evidence: [cite(EVENT, "title")],
    alternatives: [
      {
        value: "Emerging Threats, Trends and Developments in terrorism and counter-terrorism: Reflecting on 20 years of the terrorist threat",
        evidence: [cite(NEWS, "paragraph 1"), cite(LIST, "second item")],
        note: "The CTC's report of the meeting gives a shorter second part.",
      },
    ],
    preferred: "The event page, written to announce the meeting, gives its formal title; the report after it shortens “of countering the terrorist threat”.",
  },
  alternateTitles: [
    { value: "Open meeting of the Counter-Terrorism Committee with the CTED Global Research Network “Emerging threats, trends and developments in terrorism and counter-terrorism: reflecting on 20 years of countering the terrorist threat”", evidence: [cite(EVENT, "title")], note: "Title of the event page." },
    { value: "CTC-GRN Open Meeting reflects on past twenty years of counter-terrorism, and highlights key future regional and thematic challenges", evidence: [cite(NEWS, "headline")], note: "Headline of the CTC's report." },
  ],
  dates: { value: { start: "2021-09-03", end: "2021-09-03" }, evidence: [cite(EVENT, "date"), cite(NEWS, "paragraph 1")] },
  startTime: { value: "10:00", evidence: [cite(EVENT, "date")], note: "10:00 am to 12:00 pm." },
  type: { value: "open-meeting", evidence: [cite(EVENT, "title"), cite(NEWS, "paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(EVENT, "title"), cite(NEWS, "paragraph 1")] }],
  objectives: [
    { value: "To discuss and identify, in the twentieth year of resolution 1373 (2001) and of the Committee, the main trends, challenges and lessons of two decades of efforts against terrorism and violent extremism, to guide policy and multilateral action ahead.", evidence: [cite(EVENT, "paragraph 1")] },
  ],
  summary: {
    value:
      "In the year of the twentieth anniversary of resolution 1373 (2001), the Committee met CTED's Global Research Network of research institutes and think tanks. The Chair and CTED's Executive Director stressed that counter-terrorism must rest on evidence and respect human rights and gender considerations, praised the network's role, and CTED's research coordinator presented its reading of trends past, present and to come; Member States shared their own reflections.",
    evidence: [cite(NEWS, "paragraphs 1-4"), cite(EVENT, "paragraphs 1-3")],
  },
  topics: ["research-network", "human-rights", "gender", "implementation-of-resolutions"],
  documents: [
    { symbol: "resolution 2129 (2013)", relation: "mandate", evidence: [cite(EVENT, "paragraph 2")] },
    { symbol: "resolution 2395 (2017)", relation: "mandate", evidence: [cite(EVENT, "paragraph 4")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(EVENT, "paragraph 1")] },
  ],
  related: [
    { meeting: "2017-11-16-second-open-meeting-with-global-research-network", relation: "continues", evidence: [cite(NEWS, "paragraph 1")] },
  ],
  series: { value: { name: "Open meetings of the Counter-Terrorism Committee with CTED's Global Research Network", number: 3 }, evidence: [cite(NEWS, "paragraph 1"), cite(LIST, "second item")] },
  claims: [{ value: "CTED launched the Global Research Network in February 2015, under resolution 2129 (2013), to strengthen its research and analysis.", evidence: [cite(EVENT, "paragraph 2")] }],
  sources: [EVENT, NEWS, LIST],
  notes: ["The venue and format (in person or virtual) are not stated in the copies read."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("tarek-ladeb", ["tarek-ladeb-chair-ctc"], "ctc", "chair", [cite(NEWS, "paragraphs 2-3")]),
  person("michele-coninsx", ["michele-coninsx-executive-director-cted"], "cted", "speaker", [cite(NEWS, "paragraphs 2-3")]),
  person("david-wells", ["david-wells-research-and-analysis-coordinator-cted"], "cted", "presenter", [cite(NEWS, "paragraph 4")]),
  represented("global-research-network", [cite(NEWS, "paragraph 2")], "Expert speakers from CTED's Global Research Network."),
];

export const statements: MeetingModule["statements"] = [
  said("michele-coninsx", 1, "remarks", "She said that as existing and emerging challenges are addressed, lessons must keep being drawn so that Member States can adapt and strengthen their responses.", [cite(NEWS, "paragraph 2")]),
  said("tarek-ladeb", 1, "remarks", "He said CTED's analysis with the Global Research Network had kept the Committee abreast of emerging threats, trends and difficulties in the fight against terrorism and violent extremism.", [cite(NEWS, "paragraph 3")]),
  said("david-wells", 1, "presentation", "He set out how CTED reads the trends of the past, the present and the future: despite real progress in Member States' responses, systemic challenges remain, including on human rights.", [cite(NEWS, "paragraph 4")]),
];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-grn-members"),
    meeting: MEETING,
    value: 100,
    unit: "research institutes and think tanks",
    measure: "members of CTED's Global Research Network",
    asStated: "over 100",
    approximate: true,
    asOf: "2021-09-03",
    evidence: [cite(EVENT, "paragraph 3")],
  },
];

export const { quotes, corrections } = none;
