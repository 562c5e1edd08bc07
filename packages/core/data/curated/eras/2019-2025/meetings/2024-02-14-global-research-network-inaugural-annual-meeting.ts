// 14-16 February 2024: CTED hosts the inaugural annual meeting of its Global Research Network, with thematic
// roundtables on armed conflict in Africa, ICT and technology, and pathways to prosecution.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2024-02-14-global-research-network-inaugural-annual-meeting";
const A = "ctc-2024-02-cted-inaugural-annual-meeting-grn";
const B = "ctc-2024-02-cted-inaugural-annual-meeting-grn-copy-2";
const { id, person, represented } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Inaugural annual meeting of the Global Research Network", evidence: [cite(A, "headline and paragraph 2"), cite(B, "headline")] },
  alternateTitles: [{ value: "CTED holds inaugural annual meeting of the Global Research Network", evidence: [cite(A, "headline"), cite(B, "headline")], note: "Headline of the CTC page." }],
  dates: { value: { start: "2024-02-14", end: "2024-02-16" }, evidence: [cite(A, "paragraph 2"), cite(B, "paragraph 2")] },
  type: { value: "unknown", evidence: [cite(A, "paragraph 2")], note: "An annual meeting of the network made of thematic roundtable discussions; no meeting type of the vocabulary is stated." },
  organizers: [{ organization: "cted", role: "host", evidence: [cite(A, "paragraph 2")] }],
  summary: {
    value:
      "CTED hosted the first annual meeting of its Global Research Network, an informal group of more than a hundred research organizations. Over three days GRN members presented their latest research in roundtables on three topics, followed by open discussion with CTED staff and UN partners.",
    evidence: [cite(A, "paragraphs 1-4"), cite(B, "paragraphs 1-4")],
  },
  topics: ["research-network", "new-technologies", "ict-and-internet"],
  sessions: [
    { id: "opening", kind: "opening", date: "2024-02-14", summary: { value: "Day one opened with CTED's Executive Director and updates on CTED and the Committee.", evidence: [cite(A, "paragraph 3")] } },
    { id: "session-1", kind: "thematic", number: 1, title: { value: "The impacts of armed conflict on terrorism and counter-terrorism in the context of Africa", evidence: [cite(A, "paragraph 2")] } },
    { id: "session-2", kind: "thematic", number: 2, title: { value: "ICT, technology, and terrorism", evidence: [cite(A, "paragraph 2")] } },
    { id: "session-3", kind: "thematic", number: 3, title: { value: "Pathways to prosecution and accountability", evidence: [cite(A, "paragraph 2")] } },
  ],
  sources: [A, B],
  notes: [
    "The roundtables are numbered here in the order the page lists them; the page does not number them.",
    "One mirror copy replaces “UN” with an injected token twice; the other copy reads “UN”, and the record follows it. The venue is not stated.",
  ],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(A, "paragraph 3")], { session: "opening" }),
  person("david-scharia", ["david-scharia-director-technical-expertise-research-branch-cted"], "cted", "speaker", [cite(A, "paragraph 3")], { session: "opening" }),
  represented("global-research-network", [cite(A, "paragraphs 2 and 4")], "GRN members presented their research in the roundtables."),
];

export const statements: MeetingModule["statements"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-grn-organizations"),
    meeting: MEETING,
    value: 100,
    unit: "organizations",
    measure: "organizations in CTED's Global Research Network",
    asStated: "more than one hundred",
    approximate: true,
    asOf: "2024-02-14",
    evidence: [cite(A, "paragraph 1"), cite(B, "paragraph 1")],
  },
];

export const { quotes, corrections } = none;
