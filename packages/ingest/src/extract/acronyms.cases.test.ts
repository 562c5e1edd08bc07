// Unit tests of the acronyms a text defines: which name an acronym stands for, where it is written
// (synthetic sentences in our own words).
import { describe, expect, it } from "vitest";
import { findAcronyms, nameForAcronym } from "./acronyms";
import { readDoc } from "./text";

const words = (s: string) => s.split(" ");

describe("nameForAcronym", () => {
  it.each([
    ["the Financial Action Task Force", "FATF", 1],
    ["United Nations Office on Drugs and Crime", "UNODC", 0],
    ["Counter-Terrorism Committee", "CTC", 0],
    ["Counter-Terrorism Committee Executive Directorate", "CTED", 0],
    // No initials fit: the letters of the words do ("Global Counterterrorism Forum" holds g, c, t, f).
    ["the Global Counterterrorism Forum", "GCTF", 1],
    // The shortest tail that fits: the nearer "Financial Intelligence Unit".
    ["Financial Intelligence Unit of the Financial Intelligence Unit", "FIU", 5],
    // Lower-case letters in the acronym, and marks that are no letters, are read as letters or left out.
    ["Organization for Security and Co-operation in Europe", "OSCE", 0],
    ["Organization for Security and Co-operation in Europe", "O.S.C.E.", 0],
    ["Interpol", "InterPol", 0],
    // Digits count as letters of the acronym.
    ["Group of 7", "G7", 0],
  ])("%s (%s) starts at word %i", (name, acronym, index) => {
    expect(nameForAcronym(words(name), acronym)).toBe(index);
  });

  it("takes initials first, even when a shorter tail holds the letters", () => {
    // "Regional Forum" holds r, f; but "Regional Anti-Fraud Forum" gives the initials r, a, f, f.
    expect(nameForAcronym(words("Regional Anti-Fraud Forum"), "RAFF")).toBe(0);
    // The initials of the tail "Task Force" (t, f) hold "TF"; the tail is taken, not the whole.
    expect(nameForAcronym(words("Financial Task Force"), "TF")).toBe(1);
  });

  it("starts a name at a word with the acronym's first letter, never at a connector", () => {
    // "of the Americas": "of" would fit "OA" by its letters, but a name does not start with a connector.
    expect(nameForAcronym(words("Organization of the Americas"), "OA")).toBe(0);
    expect(nameForAcronym(words("of Americas"), "OA")).toBeUndefined();
    expect(nameForAcronym(words("the Americas"), "TA")).toBeUndefined();
  });

  it("finds no name when none fits, the acronym has no letter, or there are no words", () => {
    expect(nameForAcronym(words("Financial Action Task Force"), "XYZ")).toBeUndefined();
    expect(nameForAcronym(words("Financial Action Task Force"), "FATFX")).toBeUndefined();
    expect(nameForAcronym(words("Action"), "..")).toBeUndefined();
    expect(nameForAcronym([], "FATF")).toBeUndefined();
  });

  it("reads the initials and the letters of the tail only, not of the words before it", () => {
    // "Financing" starts with an "f" but its tail has no "t": the name is the whole forum's.
    expect(nameForAcronym(words("Forum on Terrorist Financing"), "FTF")).toBe(0);
    // The tail "Gulf Area Forum" starts with a "g", but its initials (g, a, f) do not hold "GFF": a longer tail's do.
    expect(nameForAcronym(words("Group Friends Gulf Area Forum"), "GFF")).toBe(0);
    // "Global Forum" has one "g"; the "g" of "Big" before it does not count.
    expect(nameForAcronym(words("Big Global Forum"), "GGF")).toBeUndefined();
  });

  it("gives no initial for the empty part of a word ending with a hyphen, and no name to an acronym without letters", () => {
    expect(nameForAcronym(["Anti-", "Smuggling", "Forum"], "ASF")).toBe(0);
    expect(nameForAcronym(["Anti-", "Smuggling", "Forum"], "ASSF")).toBeUndefined();
    // Words split on single spaces from a text with two spaces hold an empty word.
    expect(nameForAcronym("Port  Authority".split(" "), "(.)")).toBeUndefined();
  });

  it("needs every letter of the acronym, in order", () => {
    expect(nameForAcronym(words("Task Force"), "FT")).toBeUndefined();
    expect(nameForAcronym(words("Force Task"), "TF")).toBeUndefined();
  });
});

describe("findAcronyms", () => {
  const found = (text: string) => findAcronyms(readDoc(text)).map((a) => ({ ...a, written: text.slice(a.span.start, a.span.end) }));

  it("reads the name before the bracket, with its span from the name to the closing bracket", () => {
    const text = "Ports meeting\n\nExperts of the Financial Action Task Force (FATF) spoke first.";
    expect(found(text)).toEqual([
      {
        acronym: "FATF",
        name: "Financial Action Task Force",
        span: { start: text.indexOf("Financial"), end: text.indexOf(") spoke") + 1 },
        written: "Financial Action Task Force (FATF)",
      },
    ]);
  });

  it("reads every definition in order, in every paragraph, the first of an acronym winning", () => {
    const text = [
      "Ports meeting",
      "The Counter-Terrorism Committee (CTC) met the Financial Action Task Force (FATF).",
      "Later the Counter-Terrorism Committee Executive Directorate (CTED) and the Committee of Trade (CTC) spoke.",
    ].join("\n\n");
    expect(findAcronyms(readDoc(text)).map((a) => [a.acronym, a.name])).toEqual([
      ["CTC", "Counter-Terrorism Committee"],
      ["FATF", "Financial Action Task Force"],
      ["CTED", "Counter-Terrorism Committee Executive Directorate"],
    ]);
  });

  it("stops the name at a lower-case word that is no connector, and keeps connectors inside it", () => {
    const text = "Ports meeting\n\nThe meeting heard the United Nations Office on Drugs and Crime (UNODC) first.";
    expect(findAcronyms(readDoc(text)).map((a) => a.name)).toEqual(["United Nations Office on Drugs and Crime"]);
  });

  it("reads the name over several spaces and a line's tab before the bracket", () => {
    const text = "Ports meeting\n\nThey met the Global   Counterterrorism Forum \t (GCTF) in May.";
    expect(found(text).map((a) => [a.name, a.written])).toEqual([["Global Counterterrorism Forum", "Global   Counterterrorism Forum \t (GCTF)"]]);
  });

  it("stops at a word glued to punctuation before it, and at a word that is no name word", () => {
    // "(Regional" is not a name word: the name starts after it.
    expect(findAcronyms(readDoc("Ports meeting\n\nThey met (Regional Task Force (TF)) in May.")).map((a) => a.name)).toEqual(["Task Force"]);
    // "said," is no name word: nothing before "Task" is read.
    expect(findAcronyms(readDoc("Ports meeting\n\nOfficials said, Task Force (TF) members met.")).map((a) => a.name)).toEqual(["Task Force"]);
  });

  it("does not read a name across a word that is no name word", () => {
    // Reading on past "said," would give "Trade officials said, Force" for TF.
    expect(findAcronyms(readDoc("Ports meeting\n\nTrade officials said, Force (TF) met."))).toEqual([]);
    // A word cut at sixty-one characters is not read from its middle ("xAbb…b" is no name word, "Abb…b" would be).
    expect(findAcronyms(readDoc(`Ports meeting\n\nThey met the xA${"b".repeat(60)} Forum (AF) in May.`))).toEqual([]);
  });

  it("gives offsets in the whole text when the first paragraph does not start it", () => {
    const text = "\nPorts meeting\n\nAsia Forum (AF) met.";
    expect(found(text)).toEqual([{ acronym: "AF", name: "Asia Forum", span: { start: text.indexOf("Asia"), end: text.indexOf(" met.") }, written: "Asia Forum (AF)" }]);
  });

  it("reads no definition without a name before the bracket, or with a name that does not fit", () => {
    expect(findAcronyms(readDoc("Ports meeting\n\nThey spoke (FATF) at length."))).toEqual([]);
    expect(findAcronyms(readDoc("Ports meeting\n\nThe Ports Group (FATF) met."))).toEqual([]);
    expect(findAcronyms(readDoc("Ports meeting\n\n(FATF) opened the session."))).toEqual([]);
  });

  it("needs white space before the bracket, a capital first, two to twelve characters", () => {
    expect(findAcronyms(readDoc("Ports meeting\n\nThe Task Force(TF) met."))).toEqual([]);
    expect(findAcronyms(readDoc("Ports meeting\n\nThe Task Force (tf) met."))).toEqual([]);
    expect(findAcronyms(readDoc("Ports meeting\n\nThe Task Force (T) met."))).toEqual([]);
    // The letters of the name hold both; only the length of the second is allowed.
    const name = "The International Criminal Police Organization";
    expect(findAcronyms(readDoc(`Ports meeting\n\n${name} (INTERPOLORGAN) met.`))).toEqual([]);
    expect(findAcronyms(readDoc(`Ports meeting\n\n${name} (INTERPOLORGN) met.`)).map((a) => a.acronym)).toEqual(["INTERPOLORGN"]);
  });

  it("reads at most thirteen words back", () => {
    const thirteen = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike";
    const text = `Ports meeting\n\nThey met the ${thirteen} November (AM) in May.`;
    // Fourteen capitalised words: the fourteenth back ("Alpha") is out of reach, so no name starts with an "A".
    expect(findAcronyms(readDoc(text))).toEqual([]);
    const short = `Ports meeting\n\nThey met the ${thirteen} (AM) in May.`;
    expect(findAcronyms(readDoc(short)).map((a) => a.name)).toEqual([thirteen]);
  });

  it("reads a word of up to sixty-one characters, and stops at a longer one", () => {
    const long = `A${"b".repeat(60)}`;
    expect(findAcronyms(readDoc(`Ports meeting\n\nThey met the ${long} Forum (AF) in May.`)).map((a) => a.name)).toEqual([`${long} Forum`]);
    const longer = `A${"b".repeat(61)}`;
    expect(findAcronyms(readDoc(`Ports meeting\n\nThey met the ${longer} Forum (AF) in May.`))).toEqual([]);
  });

  it("reads a name at the very start of a paragraph, with offsets in the whole text", () => {
    const text = "Ports meeting\n\nThe opening.\n\nAsia Forum (AF) met.";
    expect(found(text)).toEqual([{ acronym: "AF", name: "Asia Forum", span: { start: text.indexOf("Asia"), end: text.indexOf(" met.") }, written: "Asia Forum (AF)" }]);
  });

  it("gives the same answer when asked twice (the pattern is reused)", () => {
    const doc = readDoc("Ports meeting\n\nThe Asia Forum (AF) met the Bay Group (BG).");
    expect(findAcronyms(doc)).toEqual(findAcronyms(doc));
    expect(findAcronyms(doc).map((a) => a.acronym)).toEqual(["AF", "BG"]);
  });
});
