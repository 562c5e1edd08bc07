// Quotations whose speaker is named outside their own sentence's attribution (session 6), on texts written for these
// tests (synthetic, in our own words): an organization's words then a person who "also" spoke; a lede that says only
// that the Council "was told", the speaker named by the next paragraph.
import { describe, expect, it } from "vitest";
import { extract } from "./index";

/** The quotations of a text as [first words, speaker's name or description]. */
function quotesOf(text: string): [string, string][] {
  const x = extract(text);
  return x.speech.quotes.map((q) => [x.doc.text.slice(q.span.start, q.span.end).split(/\s+/u).slice(0, 3).join(" "), q.speaker.kind === "person" ? q.speaker.person.name : q.speaker.unnamed.description]);
}

const HEAD = "Harbour committee meets on port checks\n\nOn 4 March 2031, the Counter-Terrorism Committee held an open briefing on port security.\n\n";
const INTRO = "Briefings were given by Lena Marsh, Head of the Baltic Port Authority, and Tomasz Wielicki, Director of the Tidewater Institute.\n\n";

describe("an organization's words, then a person who “also” spoke", () => {
  it("gives the words to the person the next sentence says also spoke", () => {
    const text = `${HEAD}${INTRO}The Port Authority noted that “inspections doubled in two years, and most ports now share their manifests.” Ms. Marsh also stressed the cost of new scanners.\n`;
    expect(quotesOf(text)).toEqual([["inspections doubled in", "Lena Marsh"]]);
  });

  it("takes the person's full name or family name, with or without an honorific, and “further”", () => {
    const text = `${HEAD}${INTRO}The Tidewater Institute observed that “small ports are checked least, and smugglers know it.” Tomasz Wielicki further warned that budgets were falling.\n`;
    expect(quotesOf(text)).toEqual([["small ports are", "Tomasz Wielicki"]]);
  });

  it("gives nothing when the next sentence's person did not “also” speak", () => {
    const text = `${HEAD}${INTRO}The Port Authority noted that “inspections doubled in two years, and most ports now share their manifests.” Ms. Marsh stressed the cost of new scanners.\n`;
    expect(quotesOf(text)).toEqual([]);
  });

  it("gives a document's words to no one, whoever also spoke after them", () => {
    const text = `${HEAD}${INTRO}The annual report noted that “inspections doubled in two years, and most ports now share their manifests.” Ms. Marsh also stressed the cost of new scanners.\n`;
    expect(quotesOf(text)).toEqual([]);
  });

  it("needs the person right after the closing mark, not later in the paragraph", () => {
    const text = `${HEAD}${INTRO}The Port Authority noted that “inspections doubled in two years, and most ports now share their manifests.” Budgets fell in the same years. Ms. Marsh also stressed the cost of new scanners.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("a lede the Council “was told”, its speaker named by the next paragraph", () => {
  const next = "Briefing the Council, Lena Marsh, Head of the Baltic Port Authority, said the number of inspections had doubled.\n";

  it("gives the lede's quotation to the person whose words the next paragraph reports", () => {
    const text = `${HEAD}Ports that were once “wide open” are now watched around the clock, the Security Council was told today.\n\n${next}`;
    expect(quotesOf(text)).toEqual([["wide open", "Lena Marsh"]]);
  });

  it("gives nothing when the next paragraph names no one who spoke", () => {
    const text = `${HEAD}Ports that were once “wide open” are now watched around the clock, the Security Council was told today.\n\nThe number of inspections had doubled, members heard.\n`;
    expect(quotesOf(text)).toEqual([]);
  });

  it("gives nothing when another reporting verb comes between the quotation and “was told”", () => {
    const text = `${HEAD}Ports that were once “wide open” are now watched, some experts warned, the Security Council was told today.\n\n${next}`;
    expect(quotesOf(text).filter(([, who]) => who === "Lena Marsh")).toEqual([]);
  });

  it("needs “was told” to end the sentence of the quotation", () => {
    const text = `${HEAD}Ports that were once “wide open” are now watched around the clock.\n\n${next}`;
    expect(quotesOf(text)).toEqual([]);
  });
});
