// 28 February 2024: open briefing of the Counter-Terrorism Committee on South-East European Member States'
// implementation of the Council's resolutions and of the Committee's visit recommendations.
import { cite } from "../../../anchor";
import type { MeetingModule } from "../../types";
import { CHECKED, forMeeting, none } from "../helpers";

const MEETING = "2024-02-28-south-east-europe-open-briefing";
const EVENT = "ctc-event-2024-02-28-open-briefing-south-east-europe";
const LIST = "ctc-news-articles-listing-2025";
const APS = "algeriemonde-2024-02-29-bendjama-south-east-europe";
const EU = "eeas-2024-02-28-eu-statement-south-east-europe";
const { person, described, said } = forMeeting(MEETING);

export const meeting: MeetingModule["meeting"] = {
  id: MEETING,
  title: {
    value: "South-East European Member States’ implementation of the relevant Security Council resolutions and the Committee’s visit recommendations",
    evidence: [cite(EVENT, "title and paragraph 1"), cite(LIST, "second item")],
  },
  alternateTitles: [
    {
      value: "Open briefing of the Counter-Terrorism Committee on “South-East European Member States’ implementation of the relevant Security Council resolutions and the Committee’s visit recommendations”",
      evidence: [cite(EVENT, "title"), cite(LIST, "second item")],
      note: "Title of the event page.",
    },
  ],
  dates: { value: { start: "2024-02-28", end: "2024-02-28" }, evidence: [cite(EVENT, "date and paragraph 1"), cite(LIST, "second item"), cite(APS, "paragraph 1"), cite(EU, "paragraph 1")] },
  startTime: { value: "10:00", evidence: [cite(EVENT, "date")] },
  type: { value: "open-briefing", evidence: [cite(EVENT, "title and paragraph 1"), cite(LIST, "second item")] },
  organizers: [{ organization: "ctc", role: "convener", evidence: [cite(EVENT, "paragraph 1")] }],
  venue: { value: { mode: "in-person", locations: [{ city: "New York", country: "United States" }] }, evidence: [cite(APS, "paragraph 1"), cite(EU, "paragraph 1")], note: "The report and the EU's statement place the meeting in New York." },
  summary: {
    value:
      "The Committee reviewed how the States of South-East Europe implement the Council's counter-terrorism resolutions and its visit recommendations: measures against foreign terrorist fighters and their travel, counter-financing in line with FATF standards, regional rules on online content, national strategies and the prosecution, rehabilitation and reintegration of returnees. Representatives of the region presented their threats and efforts.",
    evidence: [cite(EVENT, "paragraphs 2-3"), cite(APS, "paragraphs 5-6")],
  },
  topics: ["foreign-terrorist-fighters", "terrorism-financing", "ict-and-internet", "implementation-of-resolutions", "human-rights"],
  sources: [EVENT, LIST, APS, EU],
  notes: [
    "The report names the Under-Secretary-General of UNOCT among the contributors without naming him; its last sentence, which begins with a second contributor's post, is cut (taken to be CTED's Executive Director, with a confidence below 1).",
    "The EU's statement thanks the briefers without naming them.",
  ],
  review: { state: "curated", checked: CHECKED },
};

export const participations: MeetingModule["participations"] = [
  person("amar-bendjama", ["amar-bendjama-permanent-representative-algeria", "amar-bendjama-chair-ctc"], "ctc", "chair", [cite(LIST, "second item"), cite(APS, "paragraphs 1-2")]),
  described("region-representatives", "Representatives of the countries of the region", [cite(APS, "paragraph 6")], "presenter"),
  described("unoct-head", "The Under-Secretary-General and Head of the United Nations Office of Counter-Terrorism (not named in the source)", [cite(APS, "paragraph 7")], "speaker", "unoct"),
  {
    ...described("cted-head", "The Assistant Secretary-General and Executive Director of CTED (not named; the source's sentence is cut)", [cite(APS, "paragraph 7")], "speaker", "cted"),
    confidence: 0.7,
    note: "The copy read breaks off after the words for an assistant of the UN Secretary-General; that this is CTED's Executive Director (an Assistant Secretary-General) is inferred, not stated.",
  },
  person("markus-lutz", ["markus-lutz-counsellor-european-union"], "european-union", "speaker", [cite(EU, "paragraph 1")]),
];

export const statements: MeetingModule["statements"] = [
  {
    ...said("markus-lutz", 1, "remarks", "Speaking for the European Union, he thanked the Committee and the briefers; said preventing and countering terrorism and violent extremism is a lasting EU priority, pursued through capacity-building and the exchange of practices and lessons; stressed the particular weight of this work with the region's countries that aim to join the Union; and pointed to the Joint Action Plan for Counterterrorism in the Western Balkans (2018) and the six bilateral implementing arrangements (2019), centred on prevention.", [cite(EU, "paragraphs 1-8")]),
    onBehalfOf: ["european-union"],
  },
  said("amar-bendjama", 1, "opening-remarks", "He offered Algeria's condolences for the latest attack in Burkina Faso, welcomed the region's efforts, noted its relatively low risk of attacks but shared concern about organized crime and trafficking networks that could help finance and recruit for terrorism, urged constant vigilance, and offered Algeria's experience.", [cite(APS, "paragraphs 2-5")]),
];

export const { quotes, figures, corrections } = none;
