// 21 September 2023: CTED's in-person gathering of its Global Research Network at its New York offices, on the
// margins of the high-level week of the 78th General Assembly.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2023-09-21-global-research-network-gathering";
const SRC = "ctc-news-listing-2023-page-3";
const { id, represented } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "In-person gathering of the Global Research Network (GRN)",
    evidence: [cite(SRC, "first item")],
    note: "The title is the listing's description of the meeting (“an in-person gathering of its Global Research Network (GRN)”); the article's headline is not in the copy read.",
  },
  dates: { value: { start: "2023-09-21", end: "2023-09-21" }, evidence: [cite(SRC, "first item")] },
  type: { value: "unknown", evidence: [cite(SRC, "first item")], note: "The listing calls it a gathering; no meeting type of the vocabulary is stated." },
  organizers: [{ organization: "cted", role: "host", evidence: [cite(SRC, "first item")] }],
  venue: { value: { mode: "in-person", locations: [{ name: "CTED’s offices", city: "New York", country: "United States" }] }, evidence: [cite(SRC, "first item")] },
  objectives: [{ value: "To exchange information on recent research and emerging issues.", evidence: [cite(SRC, "first item")] }],
  summary: {
    value: "CTED gathered members of its Global Research Network in person at its New York offices during the high-level week of the 78th General Assembly to exchange information on recent research and emerging issues.",
    evidence: [cite(SRC, "first item")],
  },
  topics: ["research-network"],
  sources: [SRC],
  notes: ["Known from a teaser on the CTC news listing; the copy read is a defaced mirror with tokens in place of “United Nations”."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  represented("global-research-network", [cite(SRC, "first item")], "Fifteen members of the Network, from twelve organisations."),
];

export const statements: MeetingModule["statements"] = [];

export const figures: MeetingModule["figures"] = [
  { id: id("figure-grn-members-present"), meeting: MEETING, value: 15, unit: "GRN members", measure: "Global Research Network members at the gathering", asStated: "15", approximate: false, evidence: [cite(SRC, "first item")] },
  { id: id("figure-organisations-present"), meeting: MEETING, value: 12, unit: "organisations", measure: "organisations the members present represented", asStated: "12", approximate: false, evidence: [cite(SRC, "first item")] },
];

export const { quotes, corrections } = none;
