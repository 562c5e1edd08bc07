// Unit tests of the meeting-level facts (extract/meeting.ts): who convened it, its sessions, purposes, links and
// documents, and more of its venue (venue.test.ts has the rest); synthetic sentences in our own words.
import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { sentencesOf, spanOf as at } from "../../test/extract-helpers";
import { findAcronyms } from "./acronyms";
import { findDocuments, findMedia, findObjectives, findOrganizers, findSessions, findVenue } from "./meeting";
import { OrgResolver } from "./organizations";
import { readDoc } from "./text";


describe("findOrganizers", () => {
  const organizers = (text: string) => {
    const doc = readDoc(text);
    const found = findOrganizers(doc, new OrgResolver(dataset.organizations, findAcronyms(doc)));
    return found.map((o) => ({ name: o.org.name, role: o.role, spans: o.spans.map((s) => text.slice(s.start, s.end)) }));
  };

  it("reads the subject of a convening verb, after a date, the Committee convening, another body hosting", () => {
    expect(organizers("Ports Meeting\n\nOn 3 May 2021, the Counter-Terrorism Committee and the Republic of Atlantis Port Authority held a meeting on ports.")).toEqual([
      { name: "Counter-Terrorism Committee", role: "convener", spans: ["Counter-Terrorism Committee and the Republic of Atlantis Port Authority held"] },
      { name: "Republic of Atlantis Port Authority", role: "host", spans: ["Republic of Atlantis Port Authority held"] },
    ]);
  });

  it("reads a subject after “Today,” and a co-host by its verb", () => {
    expect(organizers("Ports Meeting\n\nToday, the Atlantis Port Authority co-hosted a meeting on ports.")).toEqual([
      { name: "Atlantis Port Authority", role: "co-organizer", spans: ["Atlantis Port Authority co-hosted"] },
    ]);
  });

  it("reads the passive: “was organized by”, “convened by”, “co-organized by”", () => {
    expect(organizers("Ports Meeting\n\nThe meeting was organized by the Atlantis Port Authority in May.")).toEqual([
      { name: "Atlantis Port Authority", role: "host", spans: ["was organized by the Atlantis Port Authority"] },
    ]);
    expect(organizers("Ports Meeting\n\nThe meeting was convened by the Atlantis Port Authority.")).toEqual([
      { name: "Atlantis Port Authority", role: "convener", spans: ["was convened by the Atlantis Port Authority"] },
    ]);
    // (Read by the passive and by the partners' pattern both: two overlapping spans of one statement.)
    const co = organizers("Ports Meeting\n\nThe meeting was co-organized by the Atlantis Port Authority.");
    expect(co.map((o) => [o.name, o.role, o.spans[0]])).toEqual([["Atlantis Port Authority", "co-organizer", "was co-organized by the Atlantis Port Authority"]]);
  });

  it("reads partners as co-organizers, but not a list of participants", () => {
    expect(organizers("Ports Meeting\n\nThe event took place in cooperation with the Atlantis Port Authority.")).toEqual([
      { name: "Atlantis Port Authority", role: "co-organizer", spans: ["in cooperation with the Atlantis Port Authority"] },
    ]);
    expect(organizers("Ports Meeting\n\nThe event brought together experts with the Atlantis Port Authority.")).toEqual([]);
  });

  it("reads supporters, and keeps a body's stronger part when it is named twice", () => {
    expect(organizers("Ports Meeting\n\nThe event took place with the support of the Atlantis Port Authority.")).toEqual([
      { name: "Atlantis Port Authority", role: "supporter", spans: ["with the support of the Atlantis Port Authority"] },
    ]);
    expect(organizers("Ports Meeting\n\nThe event took place in partnership with the Atlantis Port Authority. On 4 May, the Atlantis Port Authority hosted it.")).toEqual([
      { name: "Atlantis Port Authority", role: "host", spans: ["in partnership with the Atlantis Port Authority", "Atlantis Port Authority hosted"] },
    ]);
    // A supporter does not replace a co-organizer.
    expect(organizers("Ports Meeting\n\nThe event took place in partnership with the Atlantis Port Authority, with funding from the Atlantis Port Authority.").map((o) => o.role)).toEqual(["co-organizer"]);
  });

  it("reads the headline and the first three sentences of the first two paragraphs only", () => {
    expect(organizers("Atlantis Port Authority hosts ports meeting\n\nThe meeting closed.")).toEqual([
      { name: "Atlantis Port Authority", role: "host", spans: ["Atlantis Port Authority hosts"] },
    ]);
    const late = "Ports Meeting\n\nOne. Two. Three. The Atlantis Port Authority hosted it.";
    expect(organizers(late)).toEqual([]);
    const third = "Ports Meeting\n\nOne.\n\nTwo.\n\nThe Atlantis Port Authority hosted it.";
    expect(organizers(third)).toEqual([]);
  });

  it("reads no subject that is empty or too long", () => {
    expect(organizers("Ports Meeting\n\nHosted by nobody, the meeting closed.")).toEqual([]);
    expect(organizers(`Ports Meeting\n\nThe Atlantis Port Authority ${"and the Port ".repeat(20)}hosted it.`)).toEqual([]);
  });
});

describe("findSessions", () => {
  const sessions = (text: string) => findSessions(readDoc(text), sentencesOf(text));

  it("reads what each numbered session discussed, in order, with the opening and the closing", () => {
    const text =
      "The second session examined border data. The opening session discussed the agenda. The first session, participants discussed port security. The closing session reviewed the results.";
    expect(sessions(text)).toEqual([
      { id: "opening", kind: "opening", summary: { value: "The agenda.", span: at(text, "The opening session discussed the agenda.") }, span: at(text, "The opening session discussed the agenda.") },
      {
        id: "session-1",
        kind: "thematic",
        number: 1,
        summary: { value: "Port security.", span: at(text, "The first session, participants discussed port security.") },
        span: at(text, "The first session, participants discussed port security."),
      },
      { id: "session-2", kind: "thematic", number: 2, summary: { value: "Border data.", span: at(text, "The second session examined border data.") }, span: at(text, "The second session examined border data.") },
      { id: "closing", kind: "closing", summary: { value: "The results.", span: at(text, "The closing session reviewed the results.") }, span: at(text, "The closing session reviewed the results.") },
    ]);
  });

  it("numbers the last session after the others, and keeps the first report of a session", () => {
    const text = "The first session discussed ports. The final session discussed borders. The first session examined roads.";
    expect(sessions(text).map((s) => [s.id, s.summary?.value])).toEqual([
      ["session-1", "Ports."],
      ["session-2", "Borders."],
    ]);
    expect(sessions("The last session discussed borders.").map((s) => s.id)).toEqual(["session-1"]);
  });

  it("reads session titles in Roman or Arabic numbers, with their spans, and joins them to the summaries", () => {
    const text = "Session I: “Safety of ports”, then Session 2 – Border data sharing. The first session discussed ports.";
    expect(sessions(text)).toEqual([
      { id: "session-1", kind: "thematic", number: 1, title: { value: "Safety of ports", span: at(text, "Safety of ports") }, span: at(text, "Session I: “Safety of ports") },
      { id: "session-2", kind: "thematic", number: 2, title: { value: "Border data sharing", span: at(text, "Border data sharing") }, span: at(text, "Session 2 – Border data sharing") },
    ]);
    const later = "The first session discussed ports. Session I: Safety of ports.";
    expect(sessions(later)[0]?.title).toEqual({ value: "Safety of ports", span: at(later, "Safety of ports") });
  });

  it("reads opening and closing remarks where no session is reported", () => {
    const text = "The chair gave opening remarks. Concluding remarks came from the Director.";
    expect(sessions(text)).toEqual([
      { id: "opening", kind: "opening", span: at(text, "opening remarks") },
      { id: "closing", kind: "closing", span: at(text, "Concluding remarks") },
    ]);
  });
});

describe("findObjectives", () => {
  it("reads each purpose stated, capitalised, whole", () => {
    const text = "The purpose of the meeting was to share practice on ports. It rained. The workshop aimed to train officers. It also aimed to build trust.";
    expect(findObjectives(readDoc(text), sentencesOf(text))).toEqual([
      { value: "To share practice on ports.", spans: [at(text, "The purpose of the meeting was to share practice on ports.")], confidence: 0.9 },
      { value: "To train officers.", spans: [at(text, "The workshop aimed to train officers.")], confidence: 0.9 },
      { value: "To build trust.", spans: [at(text, "It also aimed to build trust.")], confidence: 0.9 },
    ]);
  });
});

describe("findMedia", () => {
  it("reads sentences that point to material, once per kind, with the address", () => {
    const text = "The webcast can be watched at https://webtv.example.org/x. Photos are available here. More photos are available here. The concept note is available at https://example.org/note.pdf.";
    expect(findMedia(readDoc(text), sentencesOf(text))).toEqual([
      { kind: "webcast", label: "Webcast of the meeting", url: "https://webtv.example.org/x", span: at(text, "The webcast can be watched at https://webtv.example.org/x.") },
      { kind: "photos", label: "Photos from the meeting", span: at(text, "Photos are available here.") },
      { kind: "concept-note", label: "Concept note", url: "https://example.org/note.pdf", span: at(text, "The concept note is available at https://example.org/note.pdf.") },
    ]);
  });

  it("takes one kind per sentence, and reads no sentence that points nowhere", () => {
    const text = "See the agenda and the Chair's summary. The photos were nice.";
    expect(findMedia(readDoc(text), sentencesOf(text)).map((m) => m.kind)).toEqual(["agenda"]);
  });
});

describe("findDocuments", () => {
  it("reads each resolution and document once, with why it is cited", () => {
    const text =
      "Pursuant to resolution 1373 (2001), States report. The framework of resolution 2396 (2017) applies. See S/2020/123 and A/RES/75/291. Resolution 1373 (2001) again.";
    expect(findDocuments(readDoc(text), sentencesOf(text))).toEqual([
      { symbol: "resolution 1373 (2001)", relation: "mandate", span: at(text, "resolution 1373 (2001)") },
      { symbol: "resolution 2396 (2017)", relation: "framework", span: at(text, "resolution 2396 (2017)") },
      { symbol: "S/2020/123", relation: "reference", span: at(text, "S/2020/123") },
      { symbol: "A/RES/75/291", relation: "reference", span: at(text, "A/RES/75/291") },
    ]);
  });

  it("reads two documents in one sentence, each from its own place", () => {
    const text = "It recalled resolutions 1373 (2001) and resolution 2178 (2014).";
    expect(findDocuments(readDoc(text), sentencesOf(text)).map((d) => [d.symbol, text.slice(d.span.start, d.span.end)])).toEqual([
      ["resolution 1373 (2001)", "resolutions 1373 (2001)"],
      ["resolution 2178 (2014)", "resolution 2178 (2014)"],
    ]);
  });
});

describe("findVenue: more cases", () => {
  const venue = (text: string, year?: number) => findVenue(readDoc(text), year);

  it("reads a virtual meeting, with the span of the phrase", () => {
    const text = "Ports Meeting\n\nThe Committee held a virtual open briefing on ports.";
    expect(venue(text)).toEqual({ mode: "virtual", locations: [], spans: [at(text, "virtual open briefing")], confidence: 0.9 });
  });

  it("reads a city with the meeting's day after it, and a pair of cities", () => {
    const text = "Ports Meeting\n\nThe meeting took place in Vienna on 3 May, then in Geneva and Paris.";
    expect(venue(text, 2021)).toEqual({
      mode: "in-person",
      locations: [
        { name: "Vienna", city: "Vienna", country: "Austria", date: "2021-05-03", span: at(text, "Vienna"), cityOnly: true },
        { name: "Geneva", city: "Geneva", country: "Switzerland", span: at(text, "Geneva"), cityOnly: true },
        { name: "Paris", city: "Paris", country: "France", span: at(text, "Paris"), cityOnly: true },
      ],
      spans: [at(text, "Vienna"), at(text, "Geneva"), at(text, "Paris")],
      confidence: 0.75,
      note: "The text names the city but not the venue; the venue name is the city's.",
    });
  });

  it("reads a venue named before its city, hybrid mode first among the spans", () => {
    const text = "Ports Meeting\n\nThe meeting was held in a hybrid format at the Grand Port Hall in Vienna.";
    expect(venue(text)).toEqual({
      mode: "hybrid",
      locations: [{ name: "Grand Port Hall", city: "Vienna", country: "Austria", span: at(text, "Grand Port Hall in Vienna"), cityOnly: false }],
      spans: [at(text, "hybrid format"), at(text, "Grand Port Hall in Vienna")],
      confidence: 0.9,
    });
  });

  it("skips a city named for something else, and a city in a sentence without a meeting", () => {
    expect(venue("Ports Meeting\n\nThe meeting recalled the attacks in Mumbai.")).toBeUndefined();
    expect(venue("Ports Meeting\n\nThe experts are based in Vienna, said the meeting.")).toBeUndefined();
    expect(venue("Ports Meeting\n\nThe weather in Vienna was fine.")).toBeUndefined();
    expect(venue("Ports Meeting\n\nThe meeting ran from 19 to 21 April in Vienna.")?.locations.map((l) => l.city)).toEqual(["Vienna"]);
  });

  it("reads Headquarters in a sentence with a meeting, without “at the”", () => {
    const text = "Ports Meeting\n\nThe briefing was held at the United Nations Headquarters in New York.";
    expect(venue(text)?.locations).toEqual([
      { name: "United Nations Headquarters", city: "New York", country: "United States", span: at(text, "United Nations Headquarters in New York"), cityOnly: false },
    ]);
  });

  it("gives a later day in a city already named to it", () => {
    const text = "Ports Meeting\n\nThe meeting took place in Vienna. The meeting went on in Vienna on 4 May.";
    expect(venue(text, 2021)?.locations).toEqual([{ name: "Vienna", city: "Vienna", country: "Austria", date: "2021-05-04", span: at(text, "Vienna"), cityOnly: true }]);
  });
});
