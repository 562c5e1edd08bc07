// The page's chrome and its headline (extract/layout.ts), line by line, on lines written for these tests (synthetic,
// our own words, in the shapes mirror pages use).
import { describe, expect, it } from "vitest";
import { isChrome, isHeadline } from "./layout";

describe("isChrome", () => {
  it.each([
    ["", "an empty line"],
    ["   \t ", "a line of spaces"],
    ["← Back to Home", "a link's arrow before its label"],
    ["» Share", "a guillemet before a label"],
    ["• Print", "a bullet before a label"],
    ["  SKIP TO MAIN CONTENT  ", "a site's navigation, any case, with spaces around"],
    ["Press Release SC/1234", "a press release's label with its symbol"],
    ["SC/12345", "a document symbol"],
    ["4567th Meeting (AM)", "a meeting number"],
    ["Fifty-ninth year", "a record's year"],
    ["Date | 3 May 2031 |", "a table's row"],
    ["Posted Tue 3 May 2031", "a record's data"],
    ["Photo: a harbour at dawn", "a photo caption"],
    ["UN Photo/Harbour Desk", "a photo credit"],
    ["https://example.org/ports", "a link alone"],
    ["- English", "a menu's entry"],
    ["Click on the button below to download the file containing:", "a short label that introduces what follows"],
    ["Tuesday, 3 May 2031", "a date line with its weekday"],
    ["3 May 2031 10:00 a.m.", "a date line with a time"],
    ["May 3, 2031", "a date line, month first"],
    ["03/05/2031", "a date line in figures"],
  ])("%j: %s", (line) => expect(isChrome(line)).toBe(true));

  it.each([
    ["Committee hears briefings on harbour security", "a headline"],
    ["The Committee met on 3 May 2031 to hear briefings.", "a sentence of the body with a date inside"],
    ["Search and rescue teams met in the port", "a line that starts with a chrome word"],
    ["Home ports of the fleet were listed", "another line that starts with a chrome word"],
  ])("%j: %s is text", (line) => expect(isChrome(line)).toBe(false));

  it("drops one arrow or bullet only, at the start", () => {
    expect(isChrome("→")).toBe(true);
    expect(isChrome("← ← Home")).toBe(false);
    expect(isChrome("Home ←")).toBe(false);
  });
});

describe("isHeadline", () => {
  it.each([
    ["Committee hears briefings on harbour security", true],
    ["  Committee hears briefings  ", true],
    ["COMMITTEE HEARS BRIEFINGS ON PORTS.", true],
    ["Chairs of three committees address meeting;", true],
    ["Committee hears briefings.", false],
    ["Committee hears briefings.  ", false],
    ["U.N. Committee hears briefings", true],
    ["Ports: Committee hears briefings", true],
    ["Speakers at the briefing:", false],
    ["Committee hears", false],
    ["Ports 2031 — 12", false],
    ["Committee hears 3 May briefings", true],
    ["SC/12345", false],
    ["Tuesday, 3 May 2031", false],
  ])("%j → %s", (line, want) => expect(isHeadline(line)).toBe(want));

  it("takes no line longer than 300 characters, and counts words that hold a letter", () => {
    const long = `Committee hears ${"briefing ".repeat(40)}`.trim();
    expect(long.length).toBeGreaterThan(300);
    expect(isHeadline(long)).toBe(false);
    expect(isHeadline(long.slice(0, 300))).toBe(true);
    expect(isHeadline("Two words — 2031 — 12 — 7")).toBe(false);
    expect(isHeadline("Two words and — 2031")).toBe(true);
  });
});
