// E3: 16 November 2017, second open meeting of the CTC with CTED's Global Research Network (GRN).
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2017-11-16-second-open-meeting-with-global-research-network";
const NEWS = "ctc-2017-11-17-second-open-meeting-grn";
const LISTING = "ctc-research-network-listing";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Second open meeting of the Counter-Terrorism Committee with the Global Research Network",
    evidence: [cite(NEWS), cite(LISTING, "Save the date: 16 November 2017")],
  },
  alternateTitles: [
    {
      value: "Counter-Terrorism Committee holds second open meeting with Global Research Network on #TerrorismTrends",
      evidence: [cite(NEWS), cite(LISTING)],
      note: "Headline of the news article.",
    },
  ],
  dates: {
    value: { start: "2017-11-16", end: "2017-11-16" },
    evidence: [cite(NEWS), cite(LISTING, "Save the date: 16 November 2017")],
    note: "The news article is dated 17 November 2017, the day after the meeting.",
  },
  startTime: { value: "15:00", evidence: [cite(LISTING, "Save the date: 16 November 2017")] },
  type: { value: "open-meeting", evidence: [cite(NEWS), cite(LISTING)] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(NEWS)] }],
  venue: {
    value: { mode: "in-person", locations: [{ name: "Conference Room 4, United Nations Headquarters", city: "New York", country: "United States" }] },
    evidence: [cite(LISTING, "Save the date: 16 November 2017")],
  },
  summary: {
    value:
      "The Committee met the members of CTED's Global Research Network, after a day of discussion between network members and CTED at New York University. The meeting took up the implementation of resolution 2178 (2014) for returning and relocating foreign terrorist fighters, national practice in countering violent extremism, and the protection of “soft” targets. CTED launched the network in February 2015.",
    evidence: [cite(NEWS)],
    note: "Curators' summary, in our own words.",
  },
  topics: ["research-network", "foreign-terrorist-fighters", "soft-targets", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2178 (2014)", relation: "reference", evidence: [cite(NEWS)] }],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Webcast of the open meeting",
      status: "target-lost",
      evidence: [cite(NEWS, "Webcast")],
      note: "The copy lost the link (“can be watched .”); not recovered.",
    },
    {
      id: "photos",
      kind: "photos",
      label: "Pictures from the NYU event and the Counter-Terrorism Committee",
      status: "target-lost",
      evidence: [cite(NEWS, "Photos")],
      note: "The copy lost the link (“are available .”); not recovered.",
    },
  ],
  sources: [NEWS, LISTING],
  notes: [
    "The open meeting was preceded by a day of discussion at New York University between members of the Global Research Network and CTED; that day is not recorded as a meeting.",
    "The Global Research Network was launched by CTED in February 2015.",
    "Emman El-Badawy's affiliation is cut off in the source.",
  ],
  review: {
    state: "draft",
    note: "Written from short working notes; awaiting a check of every fact against its source.",
  },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("global-research-network"),
    meeting: MEETING,
    organization: "global-research-network",
    capacity: "participant",
    evidence: [cite(NEWS)],
  },
  {
    id: id("el-mostafa-rezrazi"),
    meeting: MEETING,
    person: "el-mostafa-rezrazi",
    organization: "ocp-policy-center",
    capacity: "presenter",
    evidence: [cite(NEWS, "Remarks/presentations")],
    note: "Of the OCP Policy Center, Rabat.",
  },
  {
    id: id("emman-el-badawy"),
    meeting: MEETING,
    person: "emman-el-badawy",
    capacity: "presenter",
    evidence: [cite(NEWS, "Remarks/presentations")],
    confidence: 0.7,
    note: "Uncertain: her affiliation is cut off in the source, so the organization she spoke for is unknown and none is recorded.",
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
    measure: "think tanks and research institutes that are members of the Global Research Network",
    asStated: "over 100",
    approximate: true,
    evidence: [cite(NEWS)],
  },
];

export const corrections: D["corrections"] = [];
