// 27 October 2025: open briefing of the Counter-Terrorism Committee marking the 20th anniversary of its Executive
// Directorate, "CTED at Twenty: Advancing Global Counter Terrorism Efforts for the Future".
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2025-10-27-cted-at-twenty-open-briefing";
const CTC = "ctc-2025-10-ctc-commemorates-20-years-cted";
const TRANSCRIPT = "diplox-2025-10-27-cted-at-twenty-transcript";
const { id, person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "CTED at Twenty: Advancing Global Counter Terrorism Efforts for the Future", evidence: [cite(TRANSCRIPT, "title")] },
  alternateTitles: [
    { value: "CTED at Twenty: Advancing Global Counter Terrorism Efforts for the Future - Open briefing of the Counter-Terrorism Committee", evidence: [cite(TRANSCRIPT, "title")], note: "The title as the transcript page gives it, after the UN Web TV recording." },
    { value: "Counter-Terrorism Committee commemorates 20 years of CTED", evidence: [cite(CTC)], note: "Headline as the CTC page's address gives it (the copy read starts with the body).", confidence: 0.7 },
  ],
  dates: { value: { start: "2025-10-27", end: "2025-10-27" }, evidence: [cite(CTC, "paragraph 1"), cite(TRANSCRIPT, "date line")] },
  type: { value: "open-briefing", evidence: [cite(CTC, "paragraph 1"), cite(TRANSCRIPT, "title and first segment")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(CTC, "paragraph 1")] }],
  summary: {
    value:
      "The Committee marked twenty years of CTED with Member States, UN bodies, organizations at international, regional and subregional level, civil society, practitioners and scholars, reflecting on CTED's achievements, lessons and comparative advantage. The Secretary-General's Chef de Cabinet, CTED's Executive Director and the Chair opened the briefing; representatives of assessed States then shared their experience of CTED's assessments.",
    evidence: [cite(CTC, "paragraphs 1-3")],
  },
  topics: ["implementation-of-resolutions", "international-cooperation"],
  media: [
    {
      id: "webcast",
      kind: "webcast",
      label: "Recording (UN Web TV)",
      status: "ok",
      url: "https://webtv.un.org/en/asset/k1q/k1qsh39su8",
      evidence: [cite(TRANSCRIPT, "original video link")],
      note: "Linked from the transcript page (its tracking parameters removed); the Web TV page itself was not read.",
    },
  ],
  documents: [{ symbol: "resolution 1535 (2004)", relation: "reference", evidence: [cite(TRANSCRIPT, "first segment")] }],
  claims: [
    { value: "The recording lasts 167 minutes.", evidence: [cite(TRANSCRIPT, "date line")] },
    { value: "The Secretary-General could not attend: he was at the ASEAN Summit in Kuala Lumpur.", evidence: [cite(TRANSCRIPT, "first segment")], confidence: 0.8, note: "From a machine transcript, which garbles names." },
  ],
  sources: [CTC, TRANSCRIPT],
  notes: ["A fourth representative of a Member State is cut off in the copy read (“and Ms. …”). The venue is not stated."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("amar-bendjama", ["amar-bendjama-chair-ctc"], "ctc", "chair", [cite(CTC, "paragraph 2"), cite(TRANSCRIPT, "first segment")]),
  person("earle-courtenay-rattray", ["earle-courtenay-rattray-chef-de-cabinet-united-nations"], "united-nations", "speaker", [cite(CTC, "paragraph 2"), cite(TRANSCRIPT, "first segment")], { note: "Spoke on behalf of the Secretary-General." }),
  person("natalia-gherman", ["natalia-gherman-executive-director-cted"], "cted", "speaker", [cite(CTC, "paragraph 2")]),
  person("aksoltan-ataeva", ["aksoltan-ataeva-permanent-representative-turkmenistan"], "turkmenistan", "speaker", [cite(CTC, "paragraph 3")]),
  person("tiemoko-moriko", ["tiemoko-moriko-permanent-representative-cote-d-ivoire"], "cote-d-ivoire", "speaker", [cite(CTC, "paragraph 3")]),
  person("paul-david-babo", ["paul-david-babo-military-liaison-adviser-cameroon"], "cameroon", "speaker", [cite(CTC, "paragraph 3")]),
];

export const statements: MeetingModule["statements"] = [
  said("earle-courtenay-rattray", 1, "opening-remarks", "For the Secretary-General he said terrorism can be defeated only by working together multilaterally, by closely assessing how States implement their obligations and by helping them effectively, which is what CTED has stood for over twenty years.", [cite(CTC, "paragraph 2")]),
  said("natalia-gherman", 1, "opening-remarks", "She stressed CTED's unique place in the UN and in its counter-terrorism architecture, and said a world free from terrorism, as the Pact for the Future envisages, needs sustained commitment from States, coordinated UN action and real partnerships.", [cite(CTC, "paragraph 2")]),
  said("amar-bendjama", 1, "opening-remarks", "He noted how CTED's mandate had grown with the threat, and credited it with turning assessment findings into action and helping States translate the Council's requirements into concrete measures.", [cite(CTC, "paragraph 2")]),
  said("aksoltan-ataeva", 1, "remarks", "With representatives of Côte d'Ivoire and Cameroon, she shared her country's experience of CTED's assessments conducted for the Committee.", [cite(CTC, "paragraph 3")]),
];

export const figures: MeetingModule["figures"] = [
  { id: id("figure-cted-anniversary"), meeting: MEETING, value: 20, unit: "years", measure: "anniversary of CTED marked by the briefing", asStated: "20th anniversary", approximate: false, evidence: [cite(CTC, "paragraph 1")] },
];

export const { quotes, corrections } = none;
