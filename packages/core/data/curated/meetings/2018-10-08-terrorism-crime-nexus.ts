// E5: 8 October 2018, CTC open briefing on the nexus between international terrorism and
// transnational organized crime (#TerrorCrimeNexus), organised with UNODC and UNICRI.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2018-10-08-terrorism-crime-nexus";
const SRC = "ctc-2018-10-09-open-briefing-terrorcrimenexus";
const WEBTV = "webtv-2018-10-08-open-briefing-nexus";
const WEBTV_URL =
  "https://webtv.un.org/www.facebook.com/unitednations/videos/243019849723420/watch/open-briefing-of-the-counter-terrorism-committee-on-the-nexus-between-international-terrorism-and-transnational-organized-crime/5846084784001/?term=&lan=hindi";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "The nexus between international terrorism and transnational organized crime",
    evidence: [cite(SRC, "paragraph 1"), cite(WEBTV, "title")],
  },
  alternateTitles: [
    { value: "Counter-Terrorism Committee holds open briefing on #TerrorCrimeNexus", evidence: [cite(SRC, "headline")], note: "Headline of the CTC's page." },
    {
      value: "Open briefing of the Counter-Terrorism Committee on the nexus between international terrorism and transnational organized crime",
      evidence: [cite(WEBTV, "title")],
      note: "Title on UN Web TV.",
    },
  ],
  dates: { value: { start: "2018-10-08", end: "2018-10-08" }, evidence: [cite(SRC, "paragraph 1"), cite(WEBTV, "date")] },
  type: { value: "open-briefing", evidence: [cite(SRC, "headline and paragraph 1"), cite(WEBTV, "title")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] },
    { organization: "unodc", role: "co-organizer", evidence: [cite(SRC, "paragraph 1"), cite(WEBTV, "description, paragraph 1")] },
    { organization: "unicri", role: "co-organizer", evidence: [cite(SRC, "paragraph 1"), cite(WEBTV, "description, paragraph 1")] },
  ],
  objectives: [
    {
      value: "To better understand how terrorism links with three kinds of trafficking: in persons (to support terrorism), in drugs and in arms.",
      evidence: [cite(SRC, "paragraph 1"), cite(WEBTV, "description, paragraph 1")],
    },
    { value: "To promote a discussion of responses.", evidence: [cite(SRC, "paragraph 1"), cite(WEBTV, "description, paragraph 1")] },
  ],
  summary: {
    value:
      "The Committee examined how terrorists gain, financially or operationally, from transnational organized crime (as a source of funds, or through criminal services such as forged travel documents, firearms and smuggling routes out of conflict zones) in three panels on trafficking in persons, drugs, and firearms, with UNICRI, CTED, UNODC and the Small Arms Survey presenting.",
    evidence: [cite(WEBTV, "description, paragraphs 2-4"), cite(SRC, "list of statements and presentations")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-crime-nexus", "terrorism-financing", "international-cooperation"],
  sessions: [
    {
      id: "panel-1",
      kind: "thematic",
      number: 1,
      summary: { value: "Human trafficking in support of terrorism, whether used to recruit, as a tactic of terrorist groups or to raise money.", evidence: [cite(WEBTV, "description, paragraph 3")] },
    },
    {
      id: "panel-2",
      kind: "thematic",
      number: 2,
      summary: { value: "The nexus between drugs and terrorism and terrorists' involvement in illicit drug trafficking.", evidence: [cite(WEBTV, "description, paragraph 3")] },
    },
    {
      id: "panel-3",
      kind: "thematic",
      number: 3,
      summary: {
        value: "How terrorism connects with the illicit firearms trade, with the work of INTERPOL and of the UN Programme of Action on small arms and light weapons.",
        evidence: [cite(WEBTV, "description, paragraph 4")],
      },
    },
  ],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Recording of the webcast (UN Web TV)",
      status: "ok",
      url: WEBTV_URL,
      evidence: [cite(SRC, "paragraph 2"), cite(WEBTV)],
      note: "The page links the recording (“here”), whose target the copy read does not carry; this is the briefing's UN Web TV page (asset 5846084784001), whose address as read carries a stray path.",
    },
    { id: "photos", kind: "photos", label: "Additional photos (CTED's Flickr account)", status: "unrecorded", evidence: [cite(SRC, "paragraph 3")], note: "Linked by the page; the address is not in the copy read." },
    { id: "concept-note", kind: "concept-note", label: "Concept note and agenda", status: "unrecorded", evidence: [cite(SRC, "paragraph 4")], note: "Linked by the page; the address is not in the copy read." },
    { id: "chairs-summary", kind: "summary", label: "Chair’s summary", status: "unrecorded", evidence: [cite(SRC, "paragraph 5")], note: "Linked by the page; the address is not in the copy read." },
  ],
  mentions: [{ organization: "interpol", evidence: [cite(WEBTV, "description, paragraph 4")], note: "Its initiatives on firearms trafficking were to be discussed." }],
  sources: [SRC, WEBTV],
  notes: ["The Executive Director of CTED, whose statement the page lists, is not named in it (the post was held by Michèle Coninsx)."],
  review: { state: "curated", checked: "2026-12-02" },
} satisfies D["meetings"][number];

const presenter = (personId: string, organization: string) => ({
  id: id(personId),
  meeting: MEETING,
  person: personId,
  organization,
  capacity: "presenter" as const,
  evidence: [cite(SRC, "list of statements and presentations")],
});

export const participations: D["participations"] = [
  {
    id: id("gustavo-meza-cuadra"),
    meeting: MEETING,
    person: "gustavo-meza-cuadra",
    roles: ["gustavo-meza-cuadra-permanent-representative-peru", "gustavo-meza-cuadra-chair-ctc"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC, "photo caption and list of statements (opening remarks by the Chair)")],
  },
  {
    id: id("cted-executive-director"),
    meeting: MEETING,
    organization: "cted",
    description: "The Executive Director of CTED (not named in the source)",
    capacity: "speaker",
    evidence: [cite(SRC, "list of statements and presentations")],
  },
  presenter("leif-villadsen", "unicri"),
  presenter("delphine-schantz", "cted"),
  presenter("thomas-pietschmann", "unodc"),
  presenter("matt-schroeder", "small-arms-survey"),
  presenter("simonetta-grassi", "unodc"),
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];
export const figures: D["figures"] = [];
export const corrections: D["corrections"] = [];
