// 15 November 2023: the Security Council's annual briefing by the Chairs of its three counter-terrorism-related
// committees, 9478th meeting; the UAE's Ambassador spoke for the three and as CTC Chair.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2023-11-15-annual-briefing-counter-terrorism-committee-chairs";
const PR = "un-press-sc15495-2023-11-15-chairs-briefing";
const REPOST = "nolga-blog-2023-11-15-sc15495-repost";
const UAE = "uae-mission-2023-11-15-ctc-chair-statement";
const WAM = "pledgetimes-2023-11-15-uae-warns-terrorist-threats";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Subsidiary Body Chairs Highlight Expanded Cooperation between Counter-Terrorism Committees to Combat Global Threats, in Annual Briefing to Security Council",
    evidence: [cite(PR, "headline"), cite(REPOST, "headline")],
    note: "The only title in the pages read is the press release's headline; the Council's agenda title of the meeting is not in them.",
  },
  dates: {
    value: { start: "2023-11-15", end: "2023-11-15" },
    evidence: [cite(REPOST, "date line"), cite(WAM, "date"), cite(UAE, "address (…-15nov)")],
    note: "The press release read gives the meeting's number but not its date; the repost is dated 15 November 2023, as is the report of the UAE's statement.",
  },
  type: { value: "security-council-briefing", evidence: [cite(PR, "headline and paragraph 1")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  summary: {
    value:
      "In their annual briefing the Chairs of the 1267, Counter-Terrorism and 1540 Committees described closer coordination of the three Committees and their expert teams, including joint drafting of non-binding guiding principles on new and emerging technologies. As CTC Chair, the UAE's Ambassador reviewed a year of evolving threats and of the Committee's work with CTED; the 1267 Chair warned of the resilience of terrorist groups.",
    evidence: [cite(PR, "paragraphs 1-4"), cite(UAE, "paragraphs 3-7")],
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "new-technologies"],
  claims: [{ value: "It was the Council's 9478th meeting (morning).", evidence: [cite(PR, "heading")] }],
  sources: [PR, REPOST, UAE, WAM],
  notes: ["The venue is not stated in the pages read."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("lana-nusseibeh", ["lana-nusseibeh-chair-ctc", "lana-nusseibeh-permanent-representative-united-arab-emirates"], "ctc", "speaker", [cite(PR, "paragraph 2"), cite(UAE, "header and paragraph 3")], { note: "She first spoke for all three Committee Chairs, then in her own capacity as Chair of the Counter-Terrorism Committee." }),
  person("vanessa-frazier", ["vanessa-frazier-chair-1267-committee"], "1267-committee", "speaker", [cite(PR, "paragraph 4")]),
];

export const statements: MeetingModule["statements"] = [
  said("lana-nusseibeh", 1, "joint-statement", "For the three Chairs, she reported that their committees had coordinated their work over the year, that CTED, the Monitoring Team and the 1540 Group of Experts met regularly, that the committees were drafting together, among other things, guiding principles on new and emerging technologies, and that they would keep cooperating, including through joint visits at States' invitation.", [cite(PR, "paragraphs 2-3")]),
  said("lana-nusseibeh", 2, "briefing", "As CTC Chair she said the danger posed by Da'esh and Al-Qaida stayed concentrated in conflict zones and increasingly decentralized, terrorists were exploiting cheaper technologies such as unmanned aircraft, and terrorism motivated by xenophobia, racism and intolerance was rising; the Committee's work with CTED had focused on assessing implementation, including eight visits that year.", [cite(UAE, "paragraphs 4-8")]),
  said("vanessa-frazier", 1, "briefing", "She said the resilience of terrorist groups meant they could resurge under certain conditions.", [cite(PR, "paragraph 4")]),
];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-visits-this-year"),
    meeting: MEETING,
    participation: id("lana-nusseibeh"),
    value: 8,
    unit: "visits",
    measure: "assessment visits conducted by CTED on the Committee's behalf in 2023",
    asStated: "8 visits",
    approximate: false,
    period: { start: "2023-01-01", end: "2023-11-15" },
    evidence: [cite(UAE, "last paragraph"), cite(WAM, "last paragraph")],
  },
  {
    id: id("figure-visits-since-2005"),
    meeting: MEETING,
    participation: id("lana-nusseibeh"),
    value: 200,
    unit: "visits",
    measure: "visits conducted since 2005",
    asStated: "precisely 200",
    approximate: false,
    asOf: "2023-11-15",
    evidence: [cite(UAE, "last paragraph")],
  },
];

export const { quotes, corrections } = none;
