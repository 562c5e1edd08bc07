// 24 November 2015: CTC meeting open to the wider UN membership on foreign terrorist fighters, with
// presentations by members of CTED's Global Research Network (known from a preview only).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2015-11-24-meeting-on-foreign-terrorist-fighters-with-research-network";
const WIB = "scr-2015-11-wib-ctc-meeting-ftf";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Meeting of the Counter-Terrorism Committee on Foreign Terrorist Fighters",
    evidence: [cite(WIB, "headline")],
    note: "The headline of Security Council Report's preview; the meeting's own title is not known.",
  },
  dates: {
    value: { start: "2015-11-24", end: "2015-11-24" },
    evidence: [cite(WIB, "paragraph 1 (“Tomorrow (24 November)”)")],
    confidence: 0.85,
    note: "Known from a preview of the day before (the page's address gives November 2015); no report written after the meeting was found.",
  },
  type: { value: "open-meeting", evidence: [cite(WIB, "paragraph 1 (“a meeting open to the UN membership at large”)")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(WIB, "paragraph 1")] }],
  objectives: [
    {
      value: "To build on the conclusions of the Madrid special meeting of July 2015 by hearing research on why and how people become foreign terrorist fighters and on rehabilitating and reintegrating those who return.",
      evidence: [cite(WIB, "paragraph 2")],
    },
  ],
  summary: {
    value:
      "Planned as a Committee meeting open to all UN Member States on foreign terrorist fighters, with presentations by members of the research network CTED had launched that year on fighters' motivations and backgrounds and on strategies for returnees, following up the Madrid special meeting and the Council's September 2014 summit; a summary was to be posted on the Committee's website.",
    evidence: [cite(WIB, "paragraphs 1-3")],
    note: "Curators' summary, in our own words, of what the preview says was planned.",
  },
  topics: ["foreign-terrorist-fighters", "research-network", "implementation-of-resolutions"],
  documents: [{ symbol: "resolution 2178 (2014)", relation: "framework", evidence: [cite(WIB, "paragraph 3")] }],
  related: [
    { meeting: "2015-07-27-special-meeting-madrid-foreign-terrorist-fighters", relation: "follow-up-to", evidence: [cite(WIB, "paragraph 2")] },
    { meeting: "2014-09-24-security-council-summit-foreign-terrorist-fighters", relation: "follow-up-to", evidence: [cite(WIB, "paragraph 3")] },
  ],
  claims: [
    {
      value: "CTED circulated a concept note for the meeting.",
      evidence: [cite(WIB, "paragraph 2")],
    },
  ],
  sources: [WIB],
  notes: [
    "Only Security Council Report's preview was found. The CTC's page of 17 November 2017 (source `ctc-2017-11-17-second-open-meeting-grn`) calls the meeting of 16 November 2017 the Committee's second open meeting with the Global Research Network, which agrees with a first such meeting having been held, but it does not date the first one.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("global-research-network-members"),
    meeting: MEETING,
    organization: "global-research-network",
    description: "Members of CTED's global research network (presenters)",
    capacity: "presenter",
    evidence: [cite(WIB, "paragraph 1")],
    confidence: 0.8,
    note: "Expected to present, according to the preview.",
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
