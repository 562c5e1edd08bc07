// 30 October 2019: panel "Futures of Counterterrorism" at an event marking five years of cooperation between
// CTED and New York University's Center for Global Affairs.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2019-10-30-cted-nyu-futures-of-counterterrorism";
const SRC = "ctc-2019-10-30-cted-nyu-cga-five-years";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Futures of Counterterrorism", evidence: [cite(SRC, "paragraph 1")], note: "The title of the panel held at the event." },
  alternateTitles: [{ value: "CTED & NYU’s CGA celebrate five years of cooperation", evidence: [cite(SRC, "headline")], note: "Headline of the CTC page (its apostrophe is mis-decoded in the copy read)." }],
  dates: { value: { start: "2019-10-30", end: "2019-10-30" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "unknown", evidence: [cite(SRC, "paragraph 1")], note: "The page speaks of an event with a panel; no meeting type of the vocabulary is stated." },
  organizers: [
    { organization: "new-york-university", role: "convener", evidence: [cite(SRC, "paragraph 1")], },
    { organization: "cted", role: "co-organizer", evidence: [cite(SRC, "paragraph 1")] },
  ],
  summary: {
    value:
      "The event celebrated the fifth year of the partnership of CTED with NYU's Center for Global Affairs. Its panel discussed emerging counter-terrorism trends such as drones, countering violent extremism, and the situation in Iraq and Syria, including how to prosecute, rehabilitate and reintegrate the women and children linked to foreign terrorist fighters.",
    evidence: [cite(SRC, "paragraphs 1-3")],
  },
  topics: ["new-technologies", "foreign-terrorist-fighters", "research-network"],
  claims: [
    { value: "CTED had issued a Trends Alert on the increased use of drones by non-State actors in May 2019, and in September 2019 two Analytical Briefs on bringing home women and children affiliated with ISIL.", evidence: [cite(SRC, "paragraphs 1-2")] },
  ],
  sources: [SRC],
  notes: [
    "The page says CTED “participated in an event with” NYU's Center for Global Affairs; the record treats NYU as the convener and CTED as co-organizer of the event marking their cooperation.",
    "The venue is not stated in the copy read.",
  ],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("melissa-salyk-virk", ["melissa-salyk-virk-senior-policy-analyst-new-america"], "new-america", "presenter", [cite(SRC, "paragraph 1")]),
  person("david-scharia", ["david-scharia-chief-of-branch-cted"], "cted", "presenter", [cite(SRC, "paragraph 1")]),
];

export const statements: MeetingModule["statements"] = [
  said("melissa-salyk-virk", 1, "presentation", "She said that at least twenty non-State actors have used drones, for surveillance or for attacks among other purposes.", [cite(SRC, "paragraph 1")]),
  said("david-scharia", 1, "presentation", "He said terrorists have turned technologies made for other purposes to very different uses, so technology companies should assess more carefully the risks posed by malicious users.", [cite(SRC, "paragraph 1")]),
];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-non-state-actors-using-drones"),
    meeting: MEETING,
    participation: id("melissa-salyk-virk"),
    value: 20,
    unit: "non-State actors",
    measure: "non-State actors that have used drones (for surveillance, attacks and other purposes)",
    asStated: "at least 20",
    approximate: true,
    asOf: "2019-10-30",
    evidence: [cite(SRC, "paragraph 1")],
  },
];

export const { quotes, corrections } = none;
