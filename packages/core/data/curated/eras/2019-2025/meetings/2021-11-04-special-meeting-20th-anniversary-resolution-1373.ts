// 4 November 2021: special meeting of the Counter-Terrorism Committee commemorating the 20th anniversary of
// resolution 1373 (2001) and of the Committee, ECOSOC Chamber, United Nations Headquarters.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, ECOSOC_CHAMBER, forMeeting, none } from "../helpers";

const MEETING = "2021-11-04-special-meeting-20th-anniversary-resolution-1373";
const EVENT = "un-event-2021-11-04-special-meeting-ctc-20th-anniversary";
const NEWS = "ctc-2021-11-special-meeting-20th-anniversary-1373";
const PREVIEW = "kshvid-2021-11-ctc-special-meeting-20th-anniversary";
const { person, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "Special meeting of the Counter-Terrorism Committee commemorating the 20th anniversary of the adoption of Security Council resolution 1373 (2001) and the establishment of the Counter-Terrorism Committee",
    evidence: [cite(EVENT, "title")],
  },
  alternateTitles: [
    { value: "Counter-Terrorism Committee holds special meeting commemorating the 20th anniversary of the adoption of Security Council resolution 1373 (2001) and the Committee’s establishment", evidence: [cite(NEWS, "headline")], note: "Headline of the CTC's report." },
    { value: "UNSC Counter-Terrorism Committee convenes special meeting on its 20th anniversary", evidence: [cite(PREVIEW, "headline")], note: "Headline of a news report before the meeting." },
  ],
  dates: { value: { start: "2021-11-04", end: "2021-11-04" }, evidence: [cite(EVENT, "date"), cite(NEWS, "paragraph 1")] },
  startTime: { value: "09:00", evidence: [cite(EVENT, "date")], note: "9 am to 7 pm (EDT): an all-day meeting." },
  type: { value: "special-meeting", evidence: [cite(EVENT, "title"), cite(NEWS, "paragraph 1")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(NEWS, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [ECOSOC_CHAMBER] }, evidence: [cite(EVENT, "venue"), cite(NEWS, "paragraph 3")] },
  objectives: [
    { value: "To look back on two decades of work by the Committee and CTED and on what it changed.", evidence: [cite(EVENT, "paragraph 3")] },
    { value: "To examine closely where States have succeeded and struggled in carrying out resolution 1373 (2001) and the resolutions that followed, and which good practices emerged.", evidence: [cite(EVENT, "paragraph 3"), cite(PREVIEW, "paragraph 3")] },
  ],
  summary: {
    value:
      "An all-day meeting in the ECOSOC Chamber marked twenty years of resolution 1373 (2001) and of the Committee. It opened by honouring the victims of terrorism in a minute's silence and remarks delivered for the Secretary-General by his Chef de Cabinet; participants then weighed what had been achieved, and what remained hard, in applying resolution 1373 (2001) and the later counter-terrorism resolutions.",
    evidence: [cite(NEWS, "paragraphs 1-4")],
  },
  topics: ["implementation-of-resolutions", "human-rights", "gender", "international-cooperation"],
  documents: [
    { symbol: "resolution 1373 (2001)", relation: "reference", evidence: [cite(EVENT, "paragraph 1"), cite(NEWS, "paragraph 5")] },
    { symbol: "Global survey of the implementation of resolution 1373 (2001) and other relevant resolutions by Member States (2021 update)", relation: "reference", date: "2021", evidence: [cite(PREVIEW, "paragraph 4")] },
  ],
  claims: [
    { value: "The victims of terrorism were honoured with a minute's silence at the start.", evidence: [cite(NEWS, "paragraph 3")] },
    { value: "India was Vice-Chair of the Committee in 2021 and was to chair it in 2022.", evidence: [cite(PREVIEW, "paragraph 2")] },
  ],
  sources: [EVENT, NEWS, PREVIEW],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("maria-luiza-ribeiro-viotti", ["maria-luiza-ribeiro-viotti-chef-de-cabinet-united-nations"], "united-nations", "speaker", [cite(NEWS, "paragraph 2")], { note: "Delivered remarks on the Secretary-General's behalf." }),
];

export const statements: MeetingModule["statements"] = [
  said("maria-luiza-ribeiro-viotti", 1, "remarks", "Speaking for the Secretary-General, she said the aim was to serve people who look to the Council for leadership against terrorism: justice and victims' rights, people-centred responses that break cycles of violence, counter-terrorism grounded in human rights, gender equality and the rule of law, and protection of civic space and principled humanitarian action.", [cite(NEWS, "paragraph 2")]),
];

export const { quotes, figures, corrections } = none;
