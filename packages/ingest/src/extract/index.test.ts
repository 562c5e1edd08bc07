// extract(): what the steps' results become in one Extraction, on texts written for these tests (synthetic).
import { describe, expect, it } from "vitest";
import { extract } from "./index";

const HEADLINE = "Briefing by Omar Haddad, Chair of the Counter-Terrorism Committee";
const PAGE = `${HEADLINE}\n\nOn 4 March 2031, the Counter-Terrorism Committee held an open briefing on port security at United Nations Headquarters in New York.\n\nMr. Haddad said that 40 per cent of ports lacked scanners.\n`;

describe("extract", () => {
  it("gathers the title, dates, type, venue, people, and each figure with the speaker of its sentence", () => {
    const x = extract(PAGE);
    expect(x.title?.value).toBe(HEADLINE);
    expect(x.dates && [x.dates.start, x.dates.end]).toEqual(["2031-03-04", "2031-03-04"]);
    expect(x.type?.value).toBe("open-briefing");
    expect(x.venue?.locations.map((l) => [l.name, l.city, l.country])).toEqual([["United Nations Headquarters", "New York", "United States"]]);
    expect(x.people.map((p) => p.name)).toEqual(["Omar Haddad"]);
    expect(x.figures.map((f) => [x.doc.text.slice(f.span.start, f.span.end), f.speaker?.kind === "person" ? f.speaker.person.name : undefined])).toEqual([["40 per cent of ports lacked scanners", "Omar Haddad"]]);
  });
  it("reads the lines above the body for people: a speaker named only in the headline", () => {
    expect(extract(`${HEADLINE}\n\nThe Committee met to discuss port security.\n`).people.map((p) => p.name)).toEqual(["Omar Haddad"]);
  });
  it("a text with no body sentence: every line is read for people", () => {
    expect(extract(`${HEADLINE}\n`).people.map((p) => p.name)).toEqual(["Omar Haddad"]);
  });
  it("passes the source's address to the dates: a day without a year takes the address's year", () => {
    const text = "Port talks\n\nThe Committee held a meeting on 2 March on port security.\n";
    expect(extract(text, { url: "https://port.example.org/2031/04/02/item" }).dates?.start).toBe("2031-03-02");
    expect(extract(text).dates).toBeUndefined();
  });
  it("gives the venue the meeting's year: each city's day", () => {
    const x = extract("Port talks\n\nOn 28 and 29 October 2031, the Counter-Terrorism Committee held a special meeting in Mumbai on 28 October and in New Delhi on 29 October.\n");
    expect(x.dates && [x.dates.start, x.dates.end]).toEqual(["2031-10-28", "2031-10-29"]);
    expect(x.venue?.locations.map((l) => [l.city, l.date])).toEqual([
      ["Mumbai", "2031-10-28"],
      ["New Delhi", "2031-10-29"],
    ]);
  });
  it("reads an empty text without failing: nothing found", () => {
    const x = extract("");
    expect([x.doc.text, "title" in x, "dates" in x, x.people, x.figures, x.speech.quotes]).toEqual(["", false, false, [], [], []]);
  });
  it("leaves out what a text does not state", () => {
    const x = extract("Port talks\n\nThe Committee met to discuss port security.\n");
    // No key at all for a fact not found (the draft tells "not stated" from "stated as empty" by it).
    expect(["title" in x, "dates" in x, "venue" in x]).toEqual([false, false, false]);
    expect(x.figures).toEqual([]);
  });
});
