// E11, re-checked: 19 October 2023, open meeting of the Committee under resolution 2354 (2017) on countering
// terrorist narratives and preventing the use of the Internet for terrorist purposes.
import { cite } from "../anchor";
import { type D, prefixer } from "./common";

const MEETING = "2023-10-19-countering-terrorist-narratives";
const SRC = "ctc-2023-10-19-open-meeting-terrorist-narratives";
const id = prefixer(MEETING);

export const meeting = {
  id: MEETING,
  title: {
    value: "Countering terrorist narratives and preventing the use of the Internet for terrorist purposes",
    evidence: [cite(SRC, "paragraph 1")],
  },
  alternateTitles: [
    {
      value: "Counter-Terrorism Committee holds open meeting on countering terrorist narratives",
      evidence: [cite(SRC)],
      note: "Headline as the page's address gives it (the copy read starts with the body).",
      confidence: 0.7,
    },
  ],
  dates: { value: { start: "2023-10-19", end: "2023-10-19" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "open-meeting", evidence: [cite(SRC, "paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(SRC, "paragraph 1")] }],
  summary: {
    value:
      "Organized under resolution 2354 (2017), the open meeting took stock of efforts worldwide against terrorist narratives, pointed to good practices and suggested how States could go further. The Chair spoke of terrorist content moving to obscure and encrypted platforms and of the need to look beyond the digital domain; CTED's Executive Director described trends it had observed in who spreads terrorist narratives and how they are mixed with other content.",
    evidence: [cite(SRC, "paragraphs 1-3")],
  },
  topics: ["terrorist-narratives", "ict-and-internet", "research-network", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2354 (2017)", relation: "mandate", evidence: [cite(SRC, "paragraph 1")] }],
  related: [{ meeting: "2022-03-24-countering-terrorist-narratives", relation: "continues", evidence: [cite(SRC, "paragraph 1")] }],
  sources: [SRC],
  notes: ["The venue is not stated in the copy read."],
  review: { state: "curated", checked: "2026-12-02", note: "Re-checked: title completed, posts stated as the page words them, statements added." },
} satisfies D["meetings"][number];

export const participations: D["participations"] = [
  {
    id: id("mohamed-abushahab"),
    meeting: MEETING,
    person: "mohamed-abushahab",
    roles: ["mohamed-abushahab-chair-ctc", "mohamed-abushahab-deputy-permanent-representative-united-arab-emirates"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(SRC, "paragraph 2")],
  },
  {
    id: id("natalia-gherman"),
    meeting: MEETING,
    person: "natalia-gherman",
    roles: ["natalia-gherman-executive-director-cted"],
    organization: "cted",
    capacity: "speaker",
    evidence: [cite(SRC, "paragraph 3")],
  },
];

export const statements: D["statements"] = [
  {
    id: id("statement-abushahab"),
    meeting: MEETING,
    participation: id("mohamed-abushahab"),
    kind: "remarks",
    text: "He said that as platforms got better at removing terrorist content, terrorist groups moved it to obscure and encrypted sites where it is harder to find and counter; and since a third of the world's people have no Internet access, local and community efforts beyond the digital domain, and how narratives online translate into harm offline, need more study.",
    evidence: [cite(SRC, "paragraph 2")],
  },
  {
    id: id("statement-gherman"),
    meeting: MEETING,
    participation: id("natalia-gherman"),
    kind: "remarks",
    text: "She described trends CTED had seen in its work with Member States, civil society, private companies and its Global Research Network: narratives spread less by known terrorist organizations and more by informal groups and unaffiliated actors inspired by them, and mixed with content on other subjects.",
    evidence: [cite(SRC, "paragraph 3")],
  },
];

export const quotes: D["quotes"] = [];

export const figures: D["figures"] = [
  {
    id: id("figure-people-without-internet"),
    meeting: MEETING,
    participation: id("mohamed-abushahab"),
    value: 0.33,
    unit: "share of all people",
    measure: "people without access to the Internet",
    asStated: "one third",
    approximate: true,
    asOf: "2023-10-19",
    evidence: [cite(SRC, "paragraph 2")],
  },
];

export const corrections: D["corrections"] = [];
