// 24 November 2015: CTC meeting open to the wider UN membership on foreign terrorist fighters, with
// presentations by members of CTED's Global Research Network (a preview, and the CTC's report written after it).
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2015-11-24-meeting-on-foreign-terrorist-fighters-with-research-network";
const WIB = "scr-2015-11-wib-ctc-meeting-ftf";
const CTC = "ctc-2015-11-30-research-partners-ftf";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Meeting of the Counter-Terrorism Committee on Foreign Terrorist Fighters",
    evidence: [cite(WIB, "headline")],
    note: "The headline of Security Council Report's preview; the CTC's report names it only as an open meeting of the Committee about foreign terrorist fighters.",
  },
  alternateTitles: [{ value: "CTC, research partners meet to discuss FTF phenomenon", evidence: [cite(CTC, "headline")], note: "Headline of the CTC's report of the meeting." }],
  dates: {
    value: { start: "2015-11-24", end: "2015-11-24" },
    evidence: [cite(CTC, "paragraph 2"), cite(WIB, "paragraph 1 (“Tomorrow (24 November)”)")],
    note: "The CTC's report dates the meeting 24 November 2015, as the preview of the day before had announced.",
  },
  type: { value: "open-meeting", evidence: [cite(CTC, "paragraph 2"), cite(WIB, "paragraph 1 (“a meeting open to the UN membership at large”)")] },
  organizers: [
    { organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 2"), cite(WIB, "paragraph 1")] },
    { organization: "cted", role: "host", evidence: [cite(CTC, "paragraph 2")] },
  ],
  venue: {
    value: { mode: "in-person", locations: [{ name: "United Nations Headquarters", city: "New York", country: "United States" }] },
    evidence: [cite(CTC, "paragraph 2")],
  },
  objectives: [
    {
      value: "To build on the conclusions of the Madrid special meeting of July 2015 by hearing research on why and how people become foreign terrorist fighters and on rehabilitating and reintegrating those who return.",
      evidence: [cite(WIB, "paragraph 2")],
    },
  ],
  summary: {
    value:
      "A Committee meeting open to every Member State as well as to UN bodies, international and regional organizations, civil society and scholars, at which researchers of the network CTED had launched that year discussed why people leave to fight in conflict zones and how to assess, rehabilitate and reintegrate those who return. Participants found no single profile of a foreign terrorist fighter and stressed strategies for returnees and for violent extremist offenders in prison. The meeting followed up the Madrid special meeting and the Council's September 2014 summit.",
    evidence: [cite(CTC, "paragraphs 1-10"), cite(WIB, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
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
  media: [
    { id: "webcast", kind: "webcast", label: "Webcast of the meeting", status: "unrecorded", evidence: [cite(CTC, "last paragraph")], note: "The report mentions a webcast; its address falls after the end of the copy read." },
  ],
  sources: [CTC, WIB],
  notes: [
    "The CTC's page of 17 November 2017 (source `ctc-2017-11-17-second-open-meeting-grn`) calls the meeting of 16 November 2017 the Committee's second open meeting with the Global Research Network, which agrees with this being the first.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("global-research-network-members"),
    meeting: MEETING,
    organization: "global-research-network",
    description: "Panellists of CTED's global research network: researchers of the University of Oxford, the Jamestown Foundation, the Clingendael Institute, the Hedayah Center and Fordham University",
    capacity: "presenter",
    evidence: [cite(CTC, "paragraph 10"), cite(WIB, "paragraph 1")],
    note: "The researchers are not named.",
  },
  {
    id: id("member-states"),
    meeting: MEETING,
    description: "Member States, together with UN bodies, regional and international organizations, civil society and scholars",
    capacity: "participant",
    evidence: [cite(CTC, "paragraphs 3 and 10")],
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-ftfs-worldwide"),
    meeting: MEETING,
    value: 30000,
    unit: "individuals",
    measure: "people estimated by the UN to have travelled from around the world to fight in conflict zones",
    asStated: "around 30,000",
    approximate: true,
    asOf: "2015-11-24",
    evidence: [cite(CTC, "paragraph 4")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
