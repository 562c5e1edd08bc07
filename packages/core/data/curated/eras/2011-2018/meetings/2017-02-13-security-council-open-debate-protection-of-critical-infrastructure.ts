// 13 February 2017: Security Council open debate on the protection of critical infrastructure against
// terrorist attacks, adopting resolution 2341 (2017); the subject of CTED's first trends report.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2017-02-13-security-council-open-debate-protection-of-critical-infrastructure";
const LISTING = "ctc-research-network-listing";
const SCR = "scr-counter-terrorism-listing-page-6";
const id = prefixer(MEETING);
const CTED_ITEM = "item “CTED presents first trends report – on the protection of critical infrastructure”";
const SCR_ITEM = "item “On Monday (13 February) …”";

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Protection of critical infrastructure against terrorist attacks",
    evidence: [cite(SCR, SCR_ITEM)],
    note: "The subject of the open debate in Security Council Report's words; the CTC's listing describes a debate devoted to the threat of terrorist attacks on critical infrastructure.",
  },
  dates: { value: { start: "2017-02-13", end: "2017-02-13" }, evidence: [cite(LISTING, CTED_ITEM), cite(SCR, SCR_ITEM)] },
  type: {
    value: "security-council-open-debate",
    evidence: [cite(SCR, SCR_ITEM), cite(LISTING, CTED_ITEM)],
    note: "Security Council Report announced an open debate; the CTC's page calls it a dedicated debate.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(LISTING, CTED_ITEM), cite(SCR, SCR_ITEM)] }],
  summary: {
    value:
      "In a debate devoted to the subject, the Security Council asked Member States to tackle the threat of terrorist attacks on critical infrastructure and adopted resolution 2341 (2017) the same day; CTED's first trends report later took up the protection of critical infrastructure.",
    evidence: [cite(LISTING, CTED_ITEM)],
    note: "Curators' summary, in our own words; the item is cut off after its first sentences.",
  },
  topics: ["critical-infrastructure", "implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 2341 (2017)", relation: "outcome", evidence: [cite(LISTING, CTED_ITEM)] }],
  sources: [LISTING, SCR],
  notes: [
    "Security Council Report's item says the debate followed up an event of 21 November (its teaser is cut off there); that event is not recorded.",
    "The speakers are not named in the pages read, except the expected chair.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("pavlo-klimkin"),
    meeting: MEETING,
    person: "pavlo-klimkin",
    roles: ["pavlo-klimkin-minister-foreign-affairs-ukraine"],
    organization: "ukraine",
    capacity: "chair",
    evidence: [cite(SCR, SCR_ITEM)],
    confidence: 0.8,
    note: "Security Council Report announced that he would chair the session.",
  },
];

export const statements: MeetingModule["statements"] = [];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
