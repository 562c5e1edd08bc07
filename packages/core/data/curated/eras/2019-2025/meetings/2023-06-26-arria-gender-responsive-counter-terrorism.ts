// 26 June 2023: Security Council Arria-formula meeting, organized by Malta, on Member States' capacities for a
// gender-responsive approach to counter-terrorism; CTED's Gender Coordinator briefed.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2023-06-26-arria-gender-responsive-counter-terrorism";
const SRC = "ctc-2023-06-cted-briefs-arria-gender-responsive";
const { person, said } = forMeeting(MEETING);

const cosponsor = (organization: string) => ({ organization, role: "co-organizer" as const, evidence: [cite(SRC, "paragraph 1")] });

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: { value: "Enhancing the capacities of Member States to ensure a gender-responsive approach to counter-terrorism", evidence: [cite(SRC, "headline")] },
  alternateTitles: [
    { value: "CTED briefs Security Council’s Arria-formula meeting on “Enhancing the capacities of Member States to ensure a gender-responsive approach to counter-terrorism”", evidence: [cite(SRC, "headline")], note: "Headline of the CTC page." },
  ],
  dates: { value: { start: "2023-06-26", end: "2023-06-26" }, evidence: [cite(SRC, "paragraph 1")] },
  type: { value: "arria-formula-meeting", evidence: [cite(SRC, "headline and paragraph 1")] },
  organizers: [
    { organization: "malta", role: "convener", evidence: [cite(SRC, "paragraph 1")] },
    cosponsor("costa-rica"),
    cosponsor("jordan"),
    cosponsor("mexico"),
    cosponsor("mozambique"),
    cosponsor("new-zealand"),
    cosponsor("spain"),
    cosponsor("united-states"),
  ],
  summary: {
    value:
      "Council members and other States discussed how to build Member States' capacity to act against terrorism and violent extremism in ways that respond to gender and respect human rights. Briefers described the challenges of mainstreaming gender in counter-terrorism and the related capacity needs, from violations of women's rights where terrorism strikes to the growing research on misogyny as a driver of terrorism.",
    evidence: [cite(SRC, "paragraphs 1-3")],
  },
  topics: ["gender", "human-rights", "implementation-of-resolutions"],
  sources: [SRC],
  notes: ["The page marks “Arria-formula meeting” with a footnote whose text is not in the copy read.", "The venue is not stated in the copy read."],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("sarah-hendricks", ["sarah-hendricks-deputy-executive-director-un-women"], "un-women", "speaker", [cite(SRC, "paragraph 2")]),
  person("aleksandra-dier", ["aleksandra-dier-gender-coordinator-cted"], "cted", "speaker", [cite(SRC, "caption and paragraph 3")]),
];

export const statements: MeetingModule["statements"] = [
  said("sarah-hendricks", 1, "briefing", "She described grave violations of women's rights where terrorism strikes, from Afghanistan and girls abducted in the Sahel and around Lake Chad to Yazidi women held by ISIL and the women and children in the camps of north-east Syria, pointed to research treating misogyny and toxic masculinity as causes of terrorism, and called for the women, peace and security agenda to be built into national counter-terrorism strategies.", [cite(SRC, "paragraph 2")]),
  said("aleksandra-dier", 1, "briefing", "She said mainstreaming gender in counter-terrorism is necessary both for rights and for effectiveness, drawing on CTED's country assessments.", [cite(SRC, "paragraph 3")]),
];

export const { quotes, figures, corrections } = none;
