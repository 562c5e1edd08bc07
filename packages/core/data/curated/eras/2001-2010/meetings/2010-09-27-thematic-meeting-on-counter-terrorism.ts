// 27 September 2010: high-level thematic meeting of the Security Council on counter-terrorism, chaired by
// Turkey's Foreign Minister Ahmet Davutoğlu (Turkey then also chaired the CTC); it adopts a presidential
// statement on the continuing threat of terrorism.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CURATED, prefixer } from "../helpers";

const MEETING = "2010-09-27-thematic-meeting-on-counter-terrorism";
const PR = "un-press-2010-09-27-sc10038";
const NEWS = "unnews-2010-09-27-collective-action";
const TR = "turkuno-2010-09-27-davutoglu-statement";
const SCR = "scr-2010-08-25-forecast-terrorism";
const NOV = "turkuno-2010-11-15-apakan-statement";
const id = prefixer(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "UN Security Council Thematic Meeting on Counter-Terrorism",
    evidence: [cite(TR, "heading")],
    note: "As the title of Turkey's statement names the meeting; the agenda item is not in the excerpts read.",
  },
  alternateTitles: [
    {
      value: "Security Council Concerned about Continuing Threat of Terrorism, Including Actions Driven by Intolerance, Extremism",
      evidence: [cite(PR, "headline")],
      note: "Headline of the press release.",
    },
    { value: "Security Council stresses need for collective action to combat terrorism", evidence: [cite(NEWS, "headline")], note: "UN News headline." },
  ],
  dates: { value: { start: "2010-09-27", end: "2010-09-27" }, evidence: [cite(PR, "date line"), cite(NEWS, "date"), cite(TR, "byline date")] },
  type: {
    value: "thematic-discussion",
    evidence: [cite(NOV, "paragraph 3"), cite(TR, "heading")],
    note: "Turkey's Permanent Representative calls it the Council's thematic discussion; the minister's statement a thematic meeting.",
    alternatives: [
      {
        value: "security-council-meeting",
        evidence: [cite(PR, "meeting line (6390th Meeting)"), cite(NEWS, "paragraphs 2 and 5")],
        note: "The Council's press release gives it as the Council's 6390th meeting; UN News calls it the Council's meeting, at the end of which a presidential statement was adopted.",
      },
    ],
    preferred: "Turkey, which convened it as President of the Council, names its format a thematic discussion (meeting); the UN's release and story name it only as a meeting of the Council.",
  },
  organizers: [{ organization: "un-security-council", role: "convener", evidence: [cite(PR, "meeting line and paragraph 2"), cite(SCR, "Expected Council Action")] }],
  summary: {
    value:
      "A Council meeting on counter-terrorism convened by Turkey's presidency and chaired by its Foreign Minister; the Secretary-General opened it, and the Council adopted a presidential statement noting that the threat had grown more diffuse, with more acts driven by intolerance or extremism, that terrorism cannot be defeated by force alone, and that counter-terrorism and respect for human rights reinforce each other.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(NEWS, "paragraphs 1-5"), cite(SCR, "Expected Council Action")],
    note: "Curators' summary.",
  },
  topics: ["international-cooperation", "human-rights", "implementation-of-resolutions"],
  documents: [{ symbol: "Presidential statement of 27 September 2010", relation: "outcome", date: "2010-09-27", evidence: [cite(PR, "paragraphs 2-3"), cite(NEWS, "paragraph 2")] }],
  mentions: [{ organization: "ctc", evidence: [cite(SCR, "Expected Council Action")], note: "Chaired by Turkey, which held the Council presidency." }],
  claims: [
    {
      value: "Turkey, which convened the meeting as Council President for September 2010, also chaired the Counter-Terrorism Committee.",
      evidence: [cite(SCR, "Expected Council Action")],
    },
  ],
  sources: [PR, NEWS, TR, SCR, NOV],
  notes: ["Other speakers are not named in the excerpts read; the venue is not stated."],
  review: CURATED,
};

export const participations: MeetingModule["participations"] = [
  {
    id: id("ahmet-davutoglu"),
    meeting: MEETING,
    person: "ahmet-davutoglu",
    roles: ["ahmet-davutoglu-president-security-council", "ahmet-davutoglu-foreign-minister-turkey"],
    organization: "turkey",
    capacity: "chair",
    evidence: [cite(PR, "paragraph 2"), cite(NEWS, "paragraph 5"), cite(TR, "heading")],
  },
  {
    id: id("ban-ki-moon"),
    meeting: MEETING,
    person: "ban-ki-moon",
    roles: ["ban-ki-moon-secretary-general-united-nations"],
    organization: "united-nations",
    capacity: "speaker",
    evidence: [cite(NEWS, "paragraphs 5-8")],
  },
];

export const statements: MeetingModule["statements"] = [
  {
    id: id("ban"),
    meeting: MEETING,
    participation: id("ban-ki-moon"),
    kind: "opening-remarks",
    text: "Opening the meeting, noted that many Council members had suffered terrorism at first hand and that the UN itself had been attacked from Iraq to Afghanistan, but said the international response was gaining strength: in five years the UN had broadened its counter-terrorism work, coordinated its agencies better and built partnerships with international and regional organizations, including joint initiatives with States in several regions.",
    evidence: [cite(NEWS, "paragraphs 5-8")],
  },
  {
    id: id("davutoglu"),
    meeting: MEETING,
    participation: id("ahmet-davutoglu"),
    onBehalfOf: ["turkey"],
    kind: "remarks",
    text: "Drawing on Turkey's long experience of terrorism, expressed solidarity with victims everywhere; said international cooperation was indispensable against terrorists who cross borders and use every technology; credited the UN with a sound legal framework but saw a regrettable gap between its aims and reality, which the Council should candidly examine, starting with criminal justice, so that victims see perpetrators punished.",
    evidence: [cite(TR, "paragraphs 1-6")],
  },
  {
    id: id("presidential-statement"),
    meeting: MEETING,
    participation: id("ahmet-davutoglu"),
    onBehalfOf: ["un-security-council"],
    kind: "remarks",
    text: "As President, read the Council's statement condemning terrorism in all its forms, denying that it can be linked to any religion, nationality or ethnic group, and calling for the conditions conducive to terrorism to be addressed through conflict prevention, the rule of law, human rights, good governance, tolerance and inclusiveness.",
    evidence: [cite(PR, "paragraphs 1-3"), cite(NEWS, "paragraphs 2-4")],
  },
];

export const quotes: MeetingModule["quotes"] = [];

export const figures: MeetingModule["figures"] = [];

export const corrections: MeetingModule["corrections"] = [];
