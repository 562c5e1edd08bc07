// 14 February 2022: open briefing of the Counter-Terrorism Committee on CTED's work with the Member States of
// South and South-East Asia under resolution 2395 (2017), ECOSOC Chamber.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, ECOSOC_CHAMBER, forMeeting, none } from "../helpers";

const MEETING = "2022-02-14-cted-work-south-south-east-asia";
const NEWS = "ctc-2022-02-open-briefing-cted-south-south-east-asia";
const WEBTV = "webtv-2022-02-14-cted-south-south-east-asia";
const { person, represented, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "The work of the Counter-Terrorism Committee Executive Directorate (CTED) with the Member States of South and South-East Asia pursuant to Security Council resolution 2395 (2017)",
    evidence: [cite(WEBTV, "title and subtitle"), cite(NEWS, "headline and paragraph 1")],
  },
  alternateTitles: [
    { value: "Open briefing of the Counter-Terrorism Committee on the work of the Counter-Terrorism Committee Executive Directorate (CTED) with the Member States of South and South-East Asia pursuant to Security Council resolution 2395 (2017)", evidence: [cite(WEBTV, "subtitle")], note: "Full title on UN Web TV." },
    { value: "CTC holds open briefing on the work of CTED with Member States of South and South-East Asia pursuant to Security Council resolution 2395 (2017)", evidence: [cite(NEWS, "headline")], note: "Headline of the CTC's report." },
  ],
  dates: { value: { start: "2022-02-14", end: "2022-02-14" }, evidence: [cite(NEWS, "paragraph 2")] },
  type: { value: "open-briefing", evidence: [cite(WEBTV, "subtitle"), cite(NEWS, "headline and paragraph 2")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(NEWS, "paragraphs 1-2")] }],
  venue: { value: { mode: "in-person", locations: [ECOSOC_CHAMBER] }, evidence: [cite(NEWS, "paragraph 2")] },
  objectives: [
    { value: "To discuss the current and evolving terrorist threat in South and South-East Asia, in the light of the situation in Afghanistan, the ties of the Taliban (mainly through the Haqqani Network) with Al-Qaida and foreign terrorist fighters, and the growing influence of ISIL-K.", evidence: [cite(WEBTV, "objectives, item 1")] },
    { value: "To identify progress and remaining gaps in implementing the Council's resolutions and international standards in line with international law.", evidence: [cite(WEBTV, "objectives, item 2")] },
  ],
  summary: {
    value:
      "The Committee reviewed what CTED has found in its visits to States of South Asia and to every State of South-East Asia: real progress since resolution 1373 (2001) in laws, counter-financing, policing, border control and cooperation, and the gaps where technical assistance could help. CTED, INTERPOL, UNODC's Terrorism Prevention Branch and UNOCT presented.",
    evidence: [cite(WEBTV, "description"), cite(NEWS, "paragraphs 2-4")],
  },
  topics: ["implementation-of-resolutions", "foreign-terrorist-fighters", "terrorism-financing", "international-cooperation"],
  sessions: [
    { id: "introductory-panel", kind: "opening", title: { value: "United Nations dialogue with Member States of South and South-East Asia", evidence: [cite(NEWS, "paragraph 4")] } },
  ],
  media: [{ id: "webcast", kind: "webcast", label: "Webcast (UN Web TV)", status: "ok", url: "https://webtv.un.org/en/asset/k14/k14vbpfaq2", evidence: [cite(WEBTV)] }],
  documents: [
    { symbol: "resolution 2395 (2017)", relation: "mandate", evidence: [cite(WEBTV, "subtitle"), cite(NEWS, "headline")] },
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(NEWS, "paragraph 3")] },
  ],
  sources: [NEWS, WEBTV],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("t-s-tirumurti", ["t-s-tirumurti-chair-ctc"], "ctc", "chair", [cite(NEWS, "paragraph 1")]),
  person("weixiong-chen", ["weixiong-chen-acting-executive-director-cted"], "cted", "moderator", [cite(NEWS, "paragraph 4")], { session: "introductory-panel" }),
  represented("cted", [cite(NEWS, "paragraphs 2 and 4")], "CTED presented the threats and Member States' efforts in the subregions."),
  represented("interpol", [cite(NEWS, "paragraph 2")]),
  represented("unodc", [cite(NEWS, "paragraph 2")], "The Terrorism Prevention Branch of UNODC presented."),
  represented("unoct", [cite(NEWS, "paragraph 2")]),
];

export const statements: MeetingModule["statements"] = [
  said("t-s-tirumurti", 1, "opening-remarks", "He warned that the links between the Taliban, Al-Qaida and groups on the Council's sanctions list, among them Lashkar e-Tayyiba and Jaish-e-Mohammed were a further concern, and that Afghanistan could become a safe haven for Al-Qaida and other terrorist groups of the region.", [cite(NEWS, "paragraph 1")]),
];

export const { quotes, figures, corrections } = none;
