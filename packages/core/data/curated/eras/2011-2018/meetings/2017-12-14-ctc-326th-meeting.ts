// 14 December 2017: the CTC's 326th meeting, the last chaired by Amr Abdellatif Aboulatta (Egypt): FATF's
// President and experts on terrorism financing brief the Committee.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-12-14-ctc-326th-meeting";
const CTC = "ctc-2017-12-packed-agenda-last-plenary";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "326th meeting of the Security Council Counter-Terrorism Committee",
    evidence: [cite(CTC, "paragraph 1")],
    note: "The page gives no title; the meeting is named by its number, as the page states it.",
  },
  alternateTitles: [{ value: "Packed agenda for last CTC plenary meeting of the year", evidence: [cite(CTC, "page address")], note: "The page's title, as its address gives it." }],
  dates: { value: { start: "2017-12-14", end: "2017-12-14" }, evidence: [cite(CTC, "paragraph 1")] },
  type: { value: "committee-meeting", evidence: [cite(CTC, "paragraph 1")], note: "A plenary meeting of the Committee." },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "The plenary covered terrorism financing and a future vision for CTED. FATF's President briefed on FATF's work and its cooperation with the UN; experts from Luxembourg's Financial Intelligence Unit and SITE Intelligence Group spoke on regulating virtual-currency exchanges and on the misuse of social media, bitcoin and payment platforms to fund terrorism; CTED proposed recommendations on the role of financial institutions.",
    evidence: [cite(CTC, "paragraphs 1-3")],
    note: "Curators' summary, in our own words.",
  },
  topics: ["terrorism-financing", "new-technologies", "public-private-partnerships"],
  series: { value: { name: "meetings of the Counter-Terrorism Committee", number: 326 }, evidence: [cite(CTC, "paragraph 1")] },
  sources: [CTC],
  notes: [],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("amr-abdellatif-aboulatta"),
    meeting: MEETING,
    person: "amr-abdellatif-aboulatta",
    roles: ["amr-abdellatif-aboulatta-chair-ctc", "amr-abdellatif-aboulatta-permanent-representative-egypt"],
    organization: "ctc",
    capacity: "chair",
    evidence: [cite(CTC, "paragraph 1")],
    note: "His last meeting as Chair.",
  },
  { id: id("santiago-otamendi"), meeting: MEETING, person: "santiago-otamendi", roles: ["santiago-otamendi-president-fatf"], organization: "fatf", capacity: "speaker", evidence: [cite(CTC, "paragraph 2")] },
  { id: id("max-braun"), meeting: MEETING, person: "max-braun", organization: "luxembourg-financial-intelligence-unit", capacity: "presenter", evidence: [cite(CTC, "paragraph 2")] },
  { id: id("dawn-peebles"), meeting: MEETING, person: "dawn-peebles", organization: "site-intelligence-group", capacity: "presenter", evidence: [cite(CTC, "paragraph 2")] },
  { id: id("cted-experts"), meeting: MEETING, organization: "cted", description: "CTED experts", capacity: "presenter", evidence: [cite(CTC, "paragraph 3")] },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("statement-otamendi"),
    meeting: MEETING,
    participation: id("santiago-otamendi"),
    kind: "briefing",
    text: "He briefed the Committee on FATF's work and its cooperation with the United Nations.",
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("statement-braun"),
    meeting: MEETING,
    participation: id("max-braun"),
    kind: "presentation",
    text: "He spoke on anti-money-laundering and counter-terrorist-financing regulation of virtual-currency exchange platforms, stressing the tracing and monitoring of transactions to identify terrorists and their networks.",
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("statement-peebles"),
    meeting: MEETING,
    participation: id("dawn-peebles"),
    kind: "presentation",
    text: "She described how social media, bitcoin and familiar third-party payment platforms are misused to buy weapons, equipment, supplies and services for terrorists.",
    evidence: [cite(CTC, "paragraph 2")],
  },
  {
    id: id("statement-cted"),
    meeting: MEETING,
    participation: id("cted-experts"),
    kind: "presentation",
    text: "CTED proposed recommendations on financial institutions: States should assess their financial sector's terrorist-financing risks in line with FATF standards, apply anti-money-laundering and counter-financing obligations to its products and services, and build public-private partnerships to share financial intelligence.",
    evidence: [cite(CTC, "paragraph 3")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
