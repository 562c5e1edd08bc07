// Edge cases of the meeting-level facts (meeting.ts): who convened the meeting, where, its sessions, purposes,
// links and documents, each with the exact value and span. Synthetic sentences written for these tests.
import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { sentencesOf, spanOf as at } from "../../test/extract-helpers";
import { org, resolver } from "../../test/synthetic-organizations";
import { findAcronyms } from "./acronyms";
import { findDocuments, findMedia, findObjectives, findOrganizers, findSessions, findVenue } from "./meeting";
import { OrgResolver } from "./organizations";
import { readDoc } from "./text";


describe("findOrganizers", () => {
  const organizers = (text: string, r?: OrgResolver) => {
    const doc = readDoc(text);
    const found = findOrganizers(doc, r ?? new OrgResolver(dataset.organizations, findAcronyms(doc)));
    return found.map((o) => ({ name: o.org.name, role: o.role, spans: o.spans.map((s) => text.slice(s.start, s.end)) }));
  };

  it("makes the Committee convener by its id, a committee by a name ending 'Counter-Terrorism Committee', and the Security Council", () => {
    const orgs = [
      org({ id: "ctc", name: "Harbour Committee", kind: "un-subsidiary-body" }),
      org({ id: "regional-ctc", name: "Regional Counter-Terrorism Committee", kind: "regional-organization" as never }),
      org({ id: "un-security-council", name: "Harbour Council", kind: "un-principal-organ" as never }),
      org({ id: "ctc-office", name: "Counter-Terrorism Committee Office", kind: "un-secretariat-entity" }),
    ];
    const r = () => resolver([], orgs);
    const roles = (text: string) => organizers(`Ports Meeting\n\n${text}`, r()).map((o) => [o.name, o.role]);
    expect(roles("The Harbour Committee held a meeting on ports.")).toEqual([["Harbour Committee", "convener"]]);
    expect(roles("The Regional Counter-Terrorism Committee held a meeting on ports.")).toEqual([["Regional Counter-Terrorism Committee", "convener"]]);
    expect(roles("The Harbour Council held a meeting on ports.")).toEqual([["Harbour Council", "convener"]]);
    expect(roles("The Counter-Terrorism Committee Office held a meeting on ports.")).toEqual([["Counter-Terrorism Committee Office", "host"]]);
  });

  it("keeps a host named first when the body later names it a partner, with both spans", () => {
    expect(organizers("Ports Meeting\n\nOn 4 May, the Atlantis Port Authority hosted it. The event took place in partnership with the Atlantis Port Authority.")).toEqual([
      { name: "Atlantis Port Authority", role: "host", spans: ["Atlantis Port Authority hosted", "in partnership with the Atlantis Port Authority"] },
    ]);
  });

  it("keeps one span for a body named twice in one passive list", () => {
    expect(organizers("Ports Meeting\n\nThe meeting was organized by the Atlantis Port Authority and the Atlantis Port Authority.")).toEqual([
      { name: "Atlantis Port Authority", role: "host", spans: ["was organized by the Atlantis Port Authority and the Atlantis Port Authority"] },
    ]);
  });

  it("reads the date before the subject only, not a year after the verb", () => {
    expect(organizers("Ports Meeting\n\nThe Atlantis Port Authority hosted the meeting on 3 May 2021, in Vienna.")).toEqual([
      { name: "The Atlantis Port Authority", role: "host", spans: ["The Atlantis Port Authority hosted"] },
    ]);
  });

  it("takes a subject of up to 249 characters", () => {
    const subject = (n: number) => {
      let s = "the Atlantis Port Authority";
      while (s.length < n - 12) s += " and the Sea";
      return s + " ".repeat(0) + "x".repeat(n - s.length);
    };
    expect(subject(249)).toHaveLength(249);
    const roles = (n: number) => organizers(`Ports Meeting\n\nOn 3 May 2021, ${subject(n)} hosted it.`).map((o) => [o.name, o.role]);
    expect(roles(249)).toContainEqual(["Atlantis Port Authority", "host"]);
    expect(roles(250)).toEqual([]);
  });

  it("reads participants in the 40 characters before a partner only", () => {
    const text = "Ports Meeting\n\nMany of the experts from coastal States said that the event took place in cooperation with the Atlantis Port Authority.";
    expect(organizers(text)).toEqual([{ name: "Atlantis Port Authority", role: "co-organizer", spans: ["in cooperation with the Atlantis Port Authority"] }]);
  });
});

describe("findVenue", () => {
  const venue = (text: string, year?: number) => findVenue(readDoc(text), year);

  it("takes Headquarters once, from its own line, with the sentence naming it again", () => {
    const text = "Ports Meeting\n\n  Trusteeship Chamber, United Nations Headquarters, New York\n\nThe meeting was held at United Nations Headquarters.";
    expect(venue(text)).toEqual({
      mode: "in-person",
      locations: [{ name: "United Nations Headquarters", city: "New York", country: "United States", span: at(text, "United Nations Headquarters"), cityOnly: false }],
      spans: [at(text, "United Nations Headquarters")],
      confidence: 0.9,
    });
  });

  it("reads the line of the place in the first three paragraphs of the body only", () => {
    const line = "Trusteeship Chamber, United Nations Headquarters, New York";
    // (no headline: every line is the body's)
    expect(venue(`Ships came in at dawn.\nShips left at noon.\n${line}`)?.locations.map((l) => l.name)).toEqual(["United Nations Headquarters"]);
    expect(venue(`Ships came in at dawn.\nShips left at noon.\nShips sank at dusk.\n${line}`)).toBeUndefined();
  });

  it("reads a UN Headquarters with two spaces in a dateline", () => {
    const text = "Ports Meeting\n\nNEW YORK, 9 March (UN  Headquarters) -- The Committee met.";
    expect(venue(text)?.locations).toEqual([{ name: "United Nations Headquarters", city: "New York", country: "United States", span: at(text, "UN  Headquarters"), cityOnly: false }]);
  });

  it("reads a sentence with a meeting verb only, the place's span without 'at the'", () => {
    const text = "Ports Meeting\n\nShips came in. The briefing was held at the UN Headquarters in New York.";
    expect(venue(text)?.locations).toEqual([{ name: "United Nations Headquarters", city: "New York", country: "United States", span: at(text, "UN Headquarters in New York"), cityOnly: false }]);
    const spaced = "Ports Meeting\n\nThe briefing was held at  the  UN Headquarters.";
    expect(venue(spaced)?.locations[0]?.span).toEqual(at(spaced, "UN Headquarters"));
  });

  it("reads the press only in the 40 characters before Headquarters", () => {
    const text = "Ports Meeting\n\nAfter telling reporters about the border rules of the islands, she said the meeting was held at UN Headquarters.";
    expect(venue(text)?.locations.map((l) => l.name)).toEqual(["United Nations Headquarters"]);
  });

  it("takes Delhi for New Delhi named before, with its day", () => {
    const text = "Ports Meeting\n\nThe meeting took place in New Delhi. It was held again in Delhi on 4 May.";
    expect(venue(text, 2021)?.locations).toEqual([{ name: "New Delhi", city: "New Delhi", country: "India", date: "2021-05-04", span: at(text, "New Delhi"), cityOnly: true }]);
  });

  it("gives a city already named a day only after 'on' or a comma, and only when it has none", () => {
    const text = "Ports Meeting\n\nThe meeting took place in Vienna. The meeting went on in Vienna before 4 May.";
    expect(venue(text, 2021)?.locations[0]?.date).toBeUndefined();
    const twice = "Ports Meeting\n\nThe meeting took place in Vienna on 3 May. The meeting went on in Vienna on 4 May.";
    expect(venue(twice, 2021)?.locations[0]?.date).toBe("2021-05-03");
    expect(venue("Ports Meeting\n\nThe meeting took place in Vienna. The meeting went on in Vienna on 4 May.")?.locations[0]?.date).toBeUndefined();
    const far = `Ports Meeting\n\nThe meeting took place in Vienna. The meeting went on in Vienna, ${"x".repeat(30)} 4 May.`;
    expect(venue(far, 2021)?.locations[0]?.date).toBeUndefined();
    const comma = "Ports Meeting\n\nThe meeting took place in Vienna. The meeting went on in Vienna,  on 4 May.";
    expect(venue(comma, 2021)?.locations[0]?.date).toBe("2021-05-04");
  });

  it("gives a new city its day after 'on' or ', ' only", () => {
    expect(venue("Ports Meeting\n\nThe meeting took place in Vienna before 4 May.", 2021)?.locations[0]?.date).toBeUndefined();
    expect(venue("Ports Meeting\n\nThe meeting took place in Vienna, on 4 May.", 2021)?.locations[0]?.date).toBe("2021-05-04");
    expect(venue("Ports Meeting\n\nThe meeting took place in Vienna on 4 May.")?.locations[0]?.date).toBeUndefined();
  });

  it("skips a city after one attack, victim, bombing or incident, not after a comma", () => {
    for (const word of ["attack", "victim", "bombing", "incident"]) expect(venue(`Ports Meeting\n\nThe meeting recalled the ${word} in Vienna.`)).toBeUndefined();
    expect(venue("Ports Meeting\n\nAfter the attacks, the meeting was held in Vienna.")?.locations.map((l) => l.city)).toEqual(["Vienna"]);
    expect(venue("Ports Meeting\n\nThe meeting ran from  19 to 21 April in Vienna.")?.locations.map((l) => l.city)).toEqual(["Vienna"]);
  });

  it("takes a venue named after the United Nations or ending with it, not the United Nations alone", () => {
    const office = "Ports Meeting\n\nThe meeting was held at the United Nations Office in Geneva.";
    expect(venue(office)?.locations).toEqual([{ name: "United Nations Office", city: "Geneva", country: "Switzerland", span: at(office, "United Nations Office in Geneva"), cityOnly: false }]);
    const house = "Ports Meeting\n\nThe meeting was held at the House of the UN in Vienna.";
    expect(venue(house)?.locations[0]?.name).toBe("House of the UN");
    const un = "Ports Meeting\n\nThe meeting was held at the UN in Vienna.";
    expect(venue(un)?.locations).toEqual([{ name: "Vienna", city: "Vienna", country: "Austria", span: at(un, "Vienna"), cityOnly: true }]);
  });

  it("takes the second city of a pair once", () => {
    const text = "Ports Meeting\n\nThe meeting took place in Geneva. It moved to sessions in Vienna and Geneva.";
    expect(venue(text)?.locations.map((l) => [l.city, l.span])).toEqual([
      ["Geneva", at(text, "Geneva")],
      ["Vienna", at(text, "Vienna")],
    ]);
  });

  it("gives a virtual meeting held in a city the hybrid mode, its phrase first among the spans", () => {
    const text = "Ports Meeting\n\nThe virtual meeting was hosted in Vienna.";
    expect(venue(text)).toEqual({
      mode: "hybrid",
      locations: [{ name: "Vienna", city: "Vienna", country: "Austria", span: at(text, "Vienna"), cityOnly: true }],
      spans: [at(text, "virtual meeting"), at(text, "Vienna")],
      confidence: 0.75,
      note: "The text names the city but not the venue; the venue name is the city's.",
    });
  });

  it("is sure of the venue only when every location names one", () => {
    const text = "Ports Meeting\n\nThe meeting was held at the Grand Port Hall in Vienna. It was held again in Geneva.";
    expect(venue(text)).toEqual(expect.objectContaining({ confidence: 0.75, note: "The text names the city but not the venue; the venue name is the city's." }));
    expect(venue("Ports Meeting\n\nThe meeting was held at the Grand Port Hall in Vienna.")).toEqual(expect.objectContaining({ confidence: 0.9 }));
  });
});

describe("findSessions", () => {
  const sessions = (text: string, spans?: { start: number; end: number }[]) => findSessions(readDoc(text), spans ?? sentencesOf(text));

  it("trims the summary of a sentence given with white space after it", () => {
    const text = "The first session discussed ports  ";
    expect(sessions(text, [{ start: 0, end: text.length }])).toEqual([
      { id: "session-1", kind: "thematic", number: 1, summary: { value: "Ports", span: { start: 0, end: text.length } }, span: { start: 0, end: text.length } },
    ]);
  });

  it("trims a session's title, its span too", () => {
    const text = "Session I: Safety of ports ; then lunch.";
    expect(sessions(text)).toEqual([{ id: "session-1", kind: "thematic", number: 1, title: { value: "Safety of ports", span: at(text, "Safety of ports") }, span: at(text, "Session I: Safety of ports ") }]);
  });

  it("joins a later title to a session reported first, keeping its summary and span", () => {
    const text = "The first session discussed ports. Session I: Safety of ports.";
    expect(sessions(text)).toEqual([
      {
        id: "session-1",
        kind: "thematic",
        number: 1,
        summary: { value: "Ports.", span: at(text, "The first session discussed ports.") },
        title: { value: "Safety of ports", span: at(text, "Safety of ports") },
        span: at(text, "The first session discussed ports."),
      },
    ]);
  });

  it("gives closing remarks inside a later sentence their span", () => {
    const text = "The chair spoke. Then came the closing remarks of the Director.";
    expect(sessions(text)).toEqual([{ id: "closing", kind: "closing", span: at(text, "closing remarks") }]);
  });

  it("keeps the first of two last sessions", () => {
    const text = "The first session discussed ports. The last session discussed borders. The final session discussed roads.";
    expect(sessions(text)).toEqual([
      { id: "session-1", kind: "thematic", number: 1, summary: { value: "Ports.", span: at(text, "The first session discussed ports.") }, span: at(text, "The first session discussed ports.") },
      { id: "session-2", kind: "thematic", number: 2, summary: { value: "Borders.", span: at(text, "The last session discussed borders.") }, span: at(text, "The last session discussed borders.") },
    ]);
  });
});

describe("findObjectives", () => {
  const objectives = (text: string, spans?: { start: number; end: number }[]) => findObjectives(readDoc(text), spans ?? sentencesOf(text));

  it("reads a purpose however the words are spaced, trimmed", () => {
    const text = "The  main  purposes  of  the  meeting  were  to share practice  ";
    expect(objectives(text, [{ start: 0, end: text.length }])).toEqual([{ value: "To share practice", spans: [{ start: 0, end: text.length }], confidence: 0.9 }]);
  });

  it("reads a purpose only at the sentence's start", () => {
    expect(objectives("In short, the purpose of the meeting was to share practice.")).toEqual([]);
    expect(objectives("Recall that The purpose of the meeting was to share practice.")).toEqual([]);
  });
});

describe("findMedia", () => {
  const media = (text: string) => findMedia(readDoc(text), sentencesOf(text));

  it("reads 'can be  found' however spaced, an http address, and 'See' only first in a sentence", () => {
    const text = "Photos can be  found at http://example.org/photos.";
    expect(media(text)).toEqual([{ kind: "photos", label: "Photos from the meeting", url: "http://example.org/photos", span: at(text, text) }]);
    expect(media("The photos we see today are old.")).toEqual([]);
  });
});

describe("findDocuments", () => {
  const documents = (text: string) => findDocuments(readDoc(text), sentencesOf(text)).map((d) => [d.symbol, d.relation]);

  it("reads a mandate however the words before it are spaced", () => {
    expect(documents("States report pursuant to  resolution 1373 (2001).")).toEqual([["resolution 1373 (2001)", "mandate"]]);
    expect(documents("States report pursuant to Security Council  resolution 1373 (2001).")).toEqual([["resolution 1373 (2001)", "mandate"]]);
    expect(documents("States report pursuant to resolution 1373 (2001) today.")).toEqual([["resolution 1373 (2001)", "mandate"]]);
    expect(documents("States report pursuant to it, citing resolution 1373 (2001).")).toEqual([["resolution 1373 (2001)", "reference"]]);
  });

  it("reads a framework within 80 characters before the document and 20 after it", () => {
    expect(documents(`The framework ${"x".repeat(66)} of resolution 2396 (2017) applies.`)).toEqual([["resolution 2396 (2017)", "framework"]]);
    expect(documents(`The framework ${"x".repeat(67)} of resolution 2396 (2017) applies.`)).toEqual([["resolution 2396 (2017)", "reference"]]);
    expect(documents("It cited resolution 2396 (2017), a framework.")).toEqual([["resolution 2396 (2017)", "framework"]]);
    expect(documents("It cited resolution 2396 (2017), as the Council has done, within a framework.")).toEqual([["resolution 2396 (2017)", "reference"]]);
  });
});

describe("findVenue: what is read", () => {
  const venue = (text: string) => findVenue(readDoc(text), undefined);

  it("reads the sentences of the first three paragraphs of the body", () => {
    // (no headline: every line is the body's)
    expect(venue("Ships came in at dawn.\nShips left at noon.\nThe meeting took place in Vienna.")?.locations.map((l) => l.city)).toEqual(["Vienna"]);
    expect(venue("Ships came in at dawn.\nShips left at noon.\nShips sank at dusk.\nThe meeting took place in Vienna.")).toBeUndefined();
  });

  it("reads no city in the headline", () => {
    expect(venue("Committee meeting held in Vienna\n\nThe Committee met at length.")).toBeUndefined();
  });
});

describe("findVenue: New Delhi and another city", () => {
  it("keeps a city named after New Delhi apart", () => {
    const text = "Ports Meeting\n\nThe meeting took place in New Delhi. It was held again in Vienna.";
    expect(findVenue(readDoc(text), undefined)?.locations.map((l) => [l.city, l.span])).toEqual([
      ["New Delhi", at(text, "New Delhi")],
      ["Vienna", at(text, "Vienna")],
    ]);
  });
});
