import { describe, expect, it } from "vitest";
import { detectNameWordSlips } from "./name-words";

// The edges of the joining-word slip detector, each with the exact edit (offsets, word, replacement) or none. Names
// and texts are invented for these tests.

const AGENCY = "Northern Agency for Ports and Shipping";
const edits = (text: string, known: readonly string[] = [AGENCY]) => detectNameWordSlips(text, known).map((e) => [e.s, e.e, text.slice(e.s, e.e), e.after]);

describe("detectNameWordSlips: the known names", () => {
  it("takes the initials of capitalised words only: a word with an inner capital ('eTrade') is not one", () => {
    const text = "the Northern eTrade Agency of Ports and Shipping (NAPS) met";
    expect(edits(text, ["Northern eTrade Agency for Ports and Shipping"])).toEqual([[27, 29, "of", "for"]]);
  });
  it("reads a known name with spaces around or inside it as its words", () => {
    const text = "the Northern Agency of Ports and Shipping (NAPS) met";
    expect(edits(text, [`${AGENCY}\n`])).toEqual([[20, 22, "of", "for"]]);
    expect(edits(text, [" Northern  Agency for Ports and Shipping "])).toEqual([[20, 22, "of", "for"]]);
  });
  it("repairs a four-word name with three capitals (the shortest kept)", () => {
    const text = "the Bureau of Coastal Shipping (BCS) met";
    expect(edits(text, ["Bureau for Coastal Shipping"])).toEqual([[11, 13, "of", "for"]]);
  });
  it("ignores a known name without a joining word, even one that reads as written", () => {
    // "North Safety Ports Lanes" has the same initials and matches the text's last three capitalised words
    const text = "the North of the Safety Ports Lanes (NSPL) met";
    expect(edits(text, ["North for the Safety Ports Lanes", "North Safety Ports Lanes"])).toEqual([[10, 12, "of", "for"]]);
  });
  it("finds nothing without a known name that has a joining word and an acronym of three letters", () => {
    const text = "the Northern Agency of Ports and Shipping (NAPS) met";
    expect(edits(text, [])).toEqual([]);
    expect(edits(text, ["Northern Agency Ports Shipping", "Agency for Ports"])).toEqual([]);
  });
});

describe("detectNameWordSlips: the words before the acronym", () => {
  it("stops at a word that punctuation ends, and at a line break", () => {
    expect(edits("the Northern Agency of Ports and, Shipping (NAPS) met")).toEqual([]);
    // the capitalised word on the line before is not read as the name's start
    const text = "Report\nAgency of Ports and Shipping (NAPS) met";
    expect(edits(text)).toEqual([[14, 16, "of", "for"]]);
  });
  it("repairs a name at the very start of the text, its first words cut", () => {
    expect(edits("Agency of Ports and Shipping (NAPS) met")).toEqual([[7, 9, "of", "for"]]);
  });
  it("repairs a name written whole even after another capitalised word", () => {
    const text = "Report Northern Agency of Ports and Shipping (NAPS) met";
    expect(edits(text)).toEqual([[23, 25, "of", "for"]]);
  });
});

describe("detectNameWordSlips: what counts as a slip", () => {
  it("takes only a joining word for another joining word", () => {
    expect(edits("the Northern Agency with Ports and Shipping (NAPS) met")).toEqual([]);
  });
  it("counts only capitalised words towards the three, after the slip and before it", () => {
    // one capitalised word after the slip ("Ports"; "and shipping" are lower case)
    expect(edits("the Northern Agency of Ports and shipping (NAP) met", ["Northern Agency for Ports and shipping"])).toEqual([]);
    // three after the slip and none of the name before it
    expect(edits("the audit of Northern Ports and Shipping (ANPS) went on", ["Agency for Northern Ports and Shipping"])).toEqual([]);
  });
  it("leaves a name alone when another known name reads as written with exactly three capitalised words", () => {
    const text = "the Agency of Ports and Shipping (NAPS) met";
    expect(edits(text)).toEqual([[11, 13, "of", "for"]]);
    expect(edits(text, [AGENCY, "Northern Agency of Ports and Shipping"])).toEqual([]);
  });
  it("does not count as written a known name that stops matching at a lower-case word before three capitals", () => {
    // "Northern Agency and Safety Ports" matches "Ports" only, then meets "the": not the name as written
    const text = "the Northern Agency of Safety of the Ports (NASP) met";
    expect(edits(text, ["Northern Agency for Safety of the Ports", "Northern Agency and Safety Ports"])).toEqual([[20, 22, "of", "for"]]);
  });
});
