// 23 November 2022: the Security Council's annual briefing by the Chairs of its three counter-terrorism
// committees (1267, 1373 and 1540), 9201st meeting.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2022-11-23-annual-briefing-counter-terrorism-committee-chairs";
const PR = "un-press-sc15117-2022-11-23-chairs-briefing";
const AV = "unmultimedia-2022-11-23-9201st-meeting";
const CTC = "ctc-2022-11-annual-security-council-briefing-chairs";
const RW = "republicworld-2022-11-24-kamboj-briefs-unsc";
const IDRW = "idrw-2022-11-ctc-plans-open-briefing-outcome-special-meeting";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Briefings by Chairs of Subsidiary Bodies of the Security Council", evidence: [cite(AV, "title")] },
  alternateTitles: [
    { value: "Speakers Call for Greater Cooperation among Counter-Terrorism Committees to Combat Evolving Global Threats, as Subsidiary Body Chairs Brief Security Council", evidence: [cite(PR, "headline")], note: "Headline of the UN press release SC/15117." },
    { value: "Annual Security Council briefing of counter-terrorism subsidiary body Chairs", evidence: [cite(CTC, "headline")], note: "Headline of the CTC page." },
  ],
  dates: { value: { start: "2022-11-23", end: "2022-11-23" }, evidence: [cite(AV, "date"), cite(CTC, "caption and dateline")] },
  type: { value: "security-council-briefing", evidence: [cite(PR, "paragraph 1"), cite(AV, "title")] },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  summary: {
    value:
      "The Council heard its annual briefing from the Chairs of the 1267, Counter-Terrorism and 1540 Committees, and members called for more cooperation among the three bodies. The 1267 Chair reported a worsening situation in parts of Africa and concern about Afghanistan, north-east Syria and foreign terrorist fighters; the CTC Chair reviewed the Committee's year, including its special meeting in India and the Delhi Declaration.",
    evidence: [cite(PR, "paragraphs 1-4"), cite(RW, "paragraphs 1-5")],
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "new-technologies", "foreign-terrorist-fighters"],
  media: [
    { id: "recording", kind: "webcast", label: "Recording of the meeting (UN Audiovisual Library)", status: "ok", url: "https://www.unmultimedia.org/avlibrary/asset/2988/2988272/", evidence: [cite(AV)], note: "Audio in the six official languages; duration 1:52:24." },
  ],
  related: [{ meeting: "2022-10-28-new-and-emerging-technologies", relation: "follow-up-to", evidence: [cite(IDRW, "paragraph 2"), cite(RW, "paragraphs 3-6")] }],
  claims: [
    { value: "It was the Council's 9201st meeting (morning).", evidence: [cite(PR, "heading")] },
    { value: "The CTC Chair announced that the Committee planned to brief the membership openly the next month on what its special meeting in India produced.", evidence: [cite(IDRW, "paragraph 1")] },
  ],
  sources: [PR, AV, CTC, RW, IDRW],
  notes: ["The venue is not stated in the copies read."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("trine-heimerback", ["trine-heimerback-chair-1267-committee"], "1267-committee", "speaker", [cite(PR, "paragraph 2"), cite(CTC, "caption")]),
  person("juan-ramon-de-la-fuente", ["juan-ramon-de-la-fuente-chair-1540-committee"], "1540-committee", "speaker", [cite(CTC, "caption")]),
  person("ruchira-kamboj", ["ruchira-kamboj-chair-ctc", "ruchira-kamboj-permanent-representative-india"], "ctc", "speaker", [cite(CTC, "caption"), cite(RW, "paragraphs 1-2"), cite(IDRW, "paragraph 2")]),
];

export const statements: MeetingModule["statements"] = [
  said("trine-heimerback", 1, "briefing", "She said sanctions against ISIL (Da'esh), Al-Qaida and groups associated with them were still being applied since her last briefing of December 2021; the situation had worsened in parts of Southern and West Africa, their presence in the Levant and in Central and South Asia and the Taliban's takeover of Afghanistan were of concern, as were detention facilities in north-east Syria and foreign terrorist fighters, and the 1267 regime must remain a priority.", [cite(PR, "paragraphs 2-4")]),
  said("ruchira-kamboj", 1, "briefing", "She reviewed the Committee's work of the year with CTED's support, including its special meeting on new and emerging technologies in Mumbai and New Delhi with its focus on online platforms, new payment methods and drones, the adoption of the Delhi Declaration, the tribute to victims of terrorism, and work with civil society including women's organizations.", [cite(RW, "paragraphs 2-7"), cite(IDRW, "paragraphs 2-5")]),
];

export const { quotes, figures, corrections } = none;
