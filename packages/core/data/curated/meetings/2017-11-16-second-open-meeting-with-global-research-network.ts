// E3: 16 November 2017, second open meeting of the CTC with CTED's Global Research Network (GRN), at the
// United Nations in New York, after a day of discussion between the network and CTED at NYU.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-11-16-second-open-meeting-with-global-research-network";
const NEWS = "ctc-2017-11-17-second-open-meeting-grn";
const IACSP = "iacspsea-2017-news";
const LISTING = "ctc-research-network-listing";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Second open meeting of the Committee with the Global Research Network",
    evidence: [cite(NEWS, "paragraph 2")],
    note: "The page names the meeting so; its headline adds the hashtag #TerrorismTrends.",
  },
  alternateTitles: [
    {
      value: "Counter-Terrorism Committee holds second open meeting with Global Research Network on #TerrorismTrends",
      evidence: [cite(NEWS, "page address and title of the news item")],
      note: "Headline of the news article (the excerpt read starts after it; the address carries it).",
    },
  ],
  dates: {
    value: { start: "2017-11-16", end: "2017-11-16" },
    evidence: [cite(NEWS, "paragraph 2"), cite(IACSP, "date line")],
    note: "The news article is dated 17 November 2017, the day after the meeting.",
  },
  startTime: { value: "15:00", evidence: [cite(LISTING, "item “Save the date: 16 November 2017 …”")], note: "Announced in the save-the-date (“at 3.00 p.m.”)." },
  type: { value: "open-meeting", evidence: [cite(NEWS, "paragraphs 2-3"), cite(LISTING, "item “Save the date: 16 November 2017 …”")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(NEWS, "paragraphs 2-3")] },
    { organization: "cted", role: "co-organizer", evidence: [cite(NEWS, "paragraph 1"), cite(IACSP, "paragraph 1")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "Conference room 4, United Nations Headquarters", city: "New York", country: "United States" }] },
    evidence: [cite(NEWS, "paragraph 2"), cite(IACSP, "place line"), cite(LISTING, "item “Save the date: 16 November 2017 …”")],
    note: "The conference room is the one the save-the-date announced.",
  },
  summary: {
    value:
      "The Committee met the members of CTED's Global Research Network, after a day of discussion between network members and CTED at New York University. The meeting took up the implementation of resolution 2178 (2014) for returning and relocating foreign terrorist fighters, national practice in countering violent extremism, and the protection of “soft” targets.",
    evidence: [cite(NEWS, "paragraphs 2-3"), cite(IACSP, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["research-network", "foreign-terrorist-fighters", "soft-targets", "implementation-of-resolutions"],
  documents: [
    { symbol: "resolution 2178 (2014)", relation: "reference", evidence: [cite(NEWS, "paragraph 3"), cite(IACSP, "paragraph 1")] },
    { symbol: "resolution 2129 (2013)", relation: "reference", evidence: [cite(IACSP, "paragraph 1")] },
    { symbol: "resolution 2354 (2017)", relation: "reference", evidence: [cite(IACSP, "paragraph 1")] },
  ],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Webcast of the open meeting",
      status: "target-lost",
      evidence: [cite(NEWS, "section Webcast")],
      note: "The copy lost the link (“can be watched .”); the recording was not found.",
    },
    {
      id: "photos",
      kind: "photos",
      label: "Photographs of the NYU event and of the Committee's meeting",
      status: "target-lost",
      evidence: [cite(NEWS, "section Photos")],
      note: "The copy lost the link (“are available .”); not recovered.",
    },
  ],
  related: [
    {
      external: { title: "A full day's discussions at New York University between representatives of the Global Research Network and CTED experts" },
      relation: "preceded-by",
      evidence: [cite(NEWS, "paragraph 2"), cite(IACSP, "paragraph 1")],
    },
  ],
  series: { value: { name: "open meetings of the Counter-Terrorism Committee with CTED's Global Research Network", number: 2 }, evidence: [cite(NEWS, "paragraph 2")] },
  sources: [NEWS, IACSP, LISTING],
  notes: [
    "Emman El-Badawy's affiliation is cut off in the copy read.",
    "The start time and the room come from the save-the-date shown in the CTC's “Research network” news listing (dated there 5 October 2017), written before the meeting.",
  ],
  review: { state: "curated", checked: "2026-12-02" },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("global-research-network"),
    meeting: MEETING,
    organization: "global-research-network",
    capacity: "participant",
    evidence: [cite(NEWS, "paragraph 2"), cite(IACSP, "paragraph 2")],
  },
  {
    id: id("el-mostafa-rezrazi"),
    meeting: MEETING,
    person: "el-mostafa-rezrazi",
    organization: "ocp-policy-center",
    capacity: "presenter",
    evidence: [cite(NEWS, "section Remarks/presentations")],
    note: "Of the OCP Policy Center, Rabat.",
  },
  {
    id: id("emman-el-badawy"),
    meeting: MEETING,
    person: "emman-el-badawy",
    capacity: "speaker",
    evidence: [cite(NEWS, "section Remarks/presentations")],
    confidence: 0.7,
    note: "Listed for a statement; her affiliation is cut off in the copy read, so no organization is recorded.",
  },
  {
    id: id("iacsp-southeast-asia"),
    meeting: MEETING,
    description: "The IACSP Southeast Asia regional office, invited by the Committee",
    capacity: "participant",
    evidence: [cite(IACSP, "paragraph 1")],
  },
];

export const statements: D["statements"] = [];
export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-grn-members"),
    meeting: MEETING,
    value: 100,
    unit: "member institutes",
    measure: "think tanks and research institutions that are members of the Global Research Network",
    asStated: "over 100",
    approximate: true,
    asOf: "2017-11-16",
    evidence: [cite(NEWS, "paragraph 1")],
  },
];

export const corrections: D["corrections"] = [];
