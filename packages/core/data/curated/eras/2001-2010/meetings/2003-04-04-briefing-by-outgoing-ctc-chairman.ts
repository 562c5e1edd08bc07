// 4 April 2003: Jeremy Greenstock briefs the Security Council for the last time as CTC Chairman; the
// Council's President reads a statement urging States to submit their overdue reports.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2003-04-04-briefing-by-outgoing-ctc-chairman";
const PR = "un-press-2003-04-04-sc7718";
const PR_OLD = "un-press-docs-2003-04-04-sc7718";
const NEWS = "unnews-2003-04-04-submit-reports";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Outgoing Chair of Security Council’s Counter-Terrorism Committee Says United Nations Now Centre of Global Anti-Terrorism Network",
    evidence: [cite(PR, "headline")],
    note: "No source read states the agenda item; the press release's headline (in capitals there) stands as the title.",
  },
  alternateTitles: [
    {
      value: "Briefing Council, Jeremy Greenstock (United Kingdom) Describes Committee as Central, Catalytic Body in Worldwide Effort",
      evidence: [cite(PR, "subheading"), cite(PR_OLD, "subheading")],
      note: "Subheading of the press release.",
    },
    { value: "Security Council calls on UN Member States to submit counter-terrorism reports", evidence: [cite(NEWS, "headline")], note: "UN News headline." },
  ],
  dates: { value: { start: "2003-04-04", end: "2003-04-04" }, evidence: [cite(PR, "date line"), cite(NEWS, "paragraph 3")] },
  type: {
    value: "security-council-briefing",
    evidence: [cite(PR, "paragraph 2"), cite(NEWS, "paragraph 3")],
    note: "The Chairman briefed the Council at an open meeting (the 4734th, morning and afternoon), at which the President read a statement.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line"), cite(NEWS, "paragraph 2")] }],
  summary: {
    value:
      "In his last briefing as Chairman, Greenstock said that 18 months after the attacks of 11 September counter-terrorism had become a worldwide network centred on the United Nations; the Council then, in a statement read by its President, named the States that had not submitted a first report and urged the 51 with late follow-up reports to submit them.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(NEWS, "paragraphs 1-3")],
    note: "Curators' summary.",
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  documents: [{ symbol: "resolution 1373 (2001)", relation: "mandate", evidence: [cite(PR, "paragraph 3"), cite(NEWS, "paragraph 2")] }],
  related: [
    {
      meeting: "2003-03-06-special-meeting-with-international-organizations",
      relation: "follow-up-to",
      evidence: [cite(PR, "paragraph 3")],
    },
  ],
  mentions: [
    { organization: "iaea", evidence: [cite(NEWS, "paragraph 4")], note: "The Committee would meet its representatives shortly." },
    { organization: "opcw", evidence: [cite(NEWS, "paragraph 4")], note: "The Committee would meet its representatives shortly." },
    { organization: "wco", evidence: [cite(NEWS, "paragraph 4")], note: "The Committee would meet its representatives shortly." },
    { organization: "interpol", evidence: [cite(NEWS, "paragraph 4")], note: "The Committee would meet its representatives shortly." },
  ],
  sources: [PR, PR_OLD, NEWS],
  notes: [
    "The release reports the briefing's account of the 6 March meeting with some 60 organizations; the relation to that meeting is recorded as a follow-up in the sense that the briefing reports on it.",
    "The venue is not stated in the excerpts read.",
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
    evidence: [cite(PR, "paragraph 2"), cite(NEWS, "paragraph 3")],
  },
  {
    id: id("adolfo-aguilar-zinser"),
    meeting: MEETING,
    person: "adolfo-aguilar-zinser",
    roles: ["adolfo-aguilar-zinser-president-security-council"],
    organization: "un-security-council",
    capacity: "chair",
    evidence: [cite(NEWS, "paragraph 2")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("greenstock"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    onBehalfOf: ["ctc"],
    kind: "briefing",
    text: "Said a terrorist act a few miles from the Council had pushed States into binding global standards, and that 18 months on a worldwide network had formed around the UN, because no country can stop terrorism alone; reported 343 reports received and 243 detailed replies sent, and the meeting with some 60 organizations on 6 March; urged States to be proactive and to seek and offer assistance; said the Committee must now monitor implementation with sensitivity and firmness, and keep terrorists from the materials of weapons of mass destruction, for which it would meet the IAEA, the OPCW, the WCO and Interpol.",
    evidence: [cite(PR, "paragraphs 1-4"), cite(NEWS, "paragraphs 3-4")],
  },
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("adolfo-aguilar-zinser"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "Read the Council's statement noting that Sao Tome and Principe, Swaziland and Vanuatu were yet to send even a first report and 51 others were late with a follow-up report, and calling on them to report urgently as resolution 1373 requires.",
    evidence: [cite(NEWS, "paragraph 2")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [
  {
    id: id("figure-reports-received"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    value: 343,
    unit: "reports",
    measure: "reports received by the Committee from States and others",
    asStated: "some 343",
    approximate: true,
    asOf: "2003-04-04",
    evidence: [cite(PR, "paragraph 3"), cite(PR_OLD, "paragraph 3")],
    note: "The release words it “from some 343 States and others”: the count is of reports, not of States.",
  },
  {
    id: id("figure-letters-sent"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    value: 243,
    unit: "letters",
    measure: "detailed letters the Committee sent in response to reports",
    asStated: "243",
    approximate: false,
    asOf: "2003-04-04",
    evidence: [cite(PR, "paragraph 3"), cite(PR_OLD, "paragraph 3")],
  },
  {
    id: id("figure-organizations-6-march"),
    meeting: MEETING,
    participation: id("jeremy-greenstock"),
    value: 60,
    unit: "organizations",
    measure: "international organizations at the Committee's meeting of 6 March 2003",
    asStated: "some 60",
    approximate: true,
    evidence: [cite(PR, "paragraph 3")],
  },
  {
    id: id("figure-no-preliminary-report"),
    meeting: MEETING,
    participation: id("adolfo-aguilar-zinser"),
    value: 3,
    unit: "countries",
    measure: "countries that had not submitted a preliminary report",
    asStated: "three",
    approximate: false,
    asOf: "2003-04-04",
    evidence: [cite(NEWS, "paragraph 2")],
  },
  {
    id: id("figure-late-follow-up"),
    meeting: MEETING,
    participation: id("adolfo-aguilar-zinser"),
    value: 51,
    unit: "countries",
    measure: "countries late in submitting a follow-up report",
    asStated: "51",
    approximate: false,
    asOf: "2003-04-04",
    evidence: [cite(NEWS, "paragraph 2")],
  },
];

export const corrections: MeetingModule["corrections"] = [];
