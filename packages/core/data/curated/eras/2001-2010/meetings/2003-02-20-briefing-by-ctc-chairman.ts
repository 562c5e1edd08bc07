// 20 February 2003: the CTC Chairman, Jeremy Greenstock, briefs the Security Council on the Committee's
// three-point response to the ministerial declaration of 20 January, before some 25-30 States speak.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, UN_HQ, prefixer } from "../helpers";

const MEETING = "2003-02-20-briefing-by-ctc-chairman";
const PR = "unis-2003-02-21-sc7667";
const NEWS = "unnews-2003-02-20-three-point-action-plan";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "UN Action Against Global Terrorist Threat, Strengthened Future Steps Focus of Security Council Debate",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline stands as the title.",
  },
  alternateTitles: [
    { value: "Counter-Terrorism Committee Chair Briefs Council", evidence: [cite(PR, "subheading")], note: "Subheading of the press release." },
    { value: "UN anti-terrorism panel agrees on three-point action plan", evidence: [cite(NEWS, "headline")], note: "UN News headline." },
  ],
  dates: { value: { start: "2003-02-20", end: "2003-02-20" }, evidence: [cite(PR, "dateline")] },
  type: {
    value: "security-council-briefing",
    evidence: [cite(NEWS, "paragraph 2"), cite(PR, "subheading")],
    note: "UN News calls it an open briefing; the press release speaks of the Chair briefing the Council and of a debate.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [UN_HQ] }, evidence: [cite(PR, "dateline")] },
  summary: {
    value:
      "Following up its ministerial meeting of 20 January, the Council heard the CTC Chairman describe the actions the Committee had agreed in three areas (raising States' capacity, speeding assistance, and linking international and regional organizations in a worldwide network), then a debate with Member States.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(NEWS, "paragraphs 1-3")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation", "human-rights"],
  related: [{ meeting: "2003-01-20-ministerial-meeting-on-terrorism", relation: "follow-up-to", evidence: [cite(PR, "paragraph 1"), cite(NEWS, "paragraph 2")] }],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraph 2")] }],
  mentions: [
    { organization: "iaea", evidence: [cite(NEWS, "paragraph 6")], note: "To be invited to brief the Committee." },
    { organization: "opcw", evidence: [cite(NEWS, "paragraph 6")], note: "To be invited to brief the Committee." },
  ],
  sources: [PR, NEWS],
  notes: [
    "Both sources announce the Committee's meeting with international and regional organizations for 7 March; it was held on 6 March 2003 (see that record).",
    "The Member States that spoke are not named in the excerpts.",
  ],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("jeremy-greenstock"),
    meeting: MEETING,
    person: "jeremy-greenstock",
    roles: ["jeremy-greenstock-chair-ctc"],
    organization: "ctc",
    capacity: "speaker",
    evidence: [cite(PR, "paragraph 3"), cite(NEWS, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("greenstock"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Reported that, answering the ministers' declaration, the Committee had agreed actions in three areas: helping States build their capacity against terrorism, promoting assistance programmes, and linking international and regional organizations into a worldwide network; hoped the coming meeting with those organizations would be a real exchange on closing gaps rather than a round of handouts; and said the Committee would keep urging States to join the conventions, mind States' obligations under human rights and humanitarian law, and invite the IAEA and the OPCW to brief it.",
    evidence: [cite(PR, "paragraphs 3-4"), cite(NEWS, "paragraphs 2-6")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-member-states-speaking"),
    meeting: MEETING,
    value: 25,
    unit: "Member States",
    measure: "Member States the Council heard in the debate",
    asStated: "some 25",
    approximate: true,
    evidence: [cite(PR, "paragraph 1")],
    alternatives: [{ value: 30, asStated: "nearly 30", evidence: [cite(NEWS, "paragraph 2")], note: "UN News counts the representatives of nearly 30 countries taking part." }],
    preferred: "The Council's press release, the fuller account of the meeting; both figures are approximate.",
  },
];

export const corrections: MeetingModule["corrections"] = [];
