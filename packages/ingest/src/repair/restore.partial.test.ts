import { describe, expect, it } from "vitest";
import { gap, restored } from "../../test/restore-helpers";
import { FIXED_PHRASES, restoreWords } from "./restore";
import type { Excision } from "./injected";

// A token that replaced the start of a word and stays glued to the word's end ("⟨gap⟩building"), and a name whose
// first words the page words otherwise ("Bureaus of …" for "Bureau of …"). Names invented for these tests.

const BUREAU = "Bureau of Harbour and Shipbuilding Standards";

describe("restoreWords: a gap glued to the end of a word", () => {
  it("restores the start of the word, glued, from a known name written as the page writes it", () => {
    const { text, x } = gap("inspectors of the Bureau of Harbour and XXbuilding Standards arrived");
    expect(restoreWords(text, [x], [BUREAU])).toStrictEqual([restored(x, "Ship", BUREAU, true)]);
  });

  it("restores it when the name's first word is worded otherwise, from the name's words right before the gap", () => {
    const { text, x } = gap("the Bureaus of Harbour and XXbuilding Standards and of Rail met");
    expect(restoreWords(text, [x], [BUREAU])).toStrictEqual([restored(x, "Ship", BUREAU, true)]);
  });

  it("adds a space before the word when the token was glued to the word before too", () => {
    const { text, x } = gap("the Bureau of Harbour andXXbuilding Standards arrived");
    expect(restoreWords(text, [x], [BUREAU])).toStrictEqual([restored(x, " Ship", BUREAU, true)]);
  });

  it("needs a word end of four letters or more", () => {
    const name = "Office of Port and Shipping Rules";
    const { text, x } = gap("the Office of Port and XXing Rules arrived");
    expect(restoreWords(text, [x], [name])).toStrictEqual([]);
  });

  it("needs the name's words after the word as written", () => {
    const { text, x } = gap("the Bureau of Harbour and XXbuilding Codes arrived");
    expect(restoreWords(text, [x], [BUREAU])).toStrictEqual([]);
  });

  it("needs two whole words of the name beside the gap, one capitalised", () => {
    // only "Standards" is a whole word of the name: the word's end alone does not settle the rest
    const alone = gap("the XXbuilding Standards arrived");
    expect(restoreWords(alone.text, [alone.x], [BUREAU])).toStrictEqual([]);
    // "of and" holds no capitalised word: a name's start worded otherwise must show a capitalised word of it
    const lower = "Bureau of and Shipbuilding matters";
    const small = gap("the Bureaus of and XXbuilding matters");
    expect(restoreWords(small.text, [small.x], [lower])).toStrictEqual([]);
  });

  it("does not guess between names whose words end the same way", () => {
    const { text, x } = gap("the Bureau of Harbour and XXbuilding Standards arrived");
    expect(restoreWords(text, [x], [BUREAU, "Bureau of Harbour and Boatbuilding Standards"])).toStrictEqual([]);
  });

  it("gives the same words to the token's other places once one place is explained", () => {
    const text = "the Bureaus of Harbour and QQbuilding Standards and of QQ Safety met";
    const xs: Excision[] = [];
    for (let at = text.indexOf("QQ"); at >= 0; at = text.indexOf("QQ", at + 1)) {
      const e = text[at + 2] === " " ? at + 3 : at + 2;
      xs.push({ kind: "injected-text-excised", action: "repaired", s: at, e, after: "", rationale: "", confidence: 1, inline: true });
    }
    const edits = restoreWords(text, xs, [BUREAU]);
    expect(edits.map((e) => [e.s, e.after])).toStrictEqual([
      [xs[0]!.e, "Ship"],
      [xs[1]!.e, "Ship "],
    ]);
  });
});

describe("restoreWords: the Secretariat's departments are known phrases", () => {
  it("lists each department once, each of several words", () => {
    expect(new Set(FIXED_PHRASES).size).toBe(FIXED_PHRASES.length);
    expect(FIXED_PHRASES.every((p) => p.includes(" "))).toBe(true);
  });

  it("restores a department's word from the phrase alone", () => {
    const { text, x } = gap("an officer of the Department of Field XX, based in Entebbe", "XX");
    expect(restoreWords(text, [x], [])).toStrictEqual([restored(x, "Support", "Department of Field Support", true)]);
  });

  it("does not choose between two departments the words fit equally", () => {
    // "Department of ⟨gap⟩ Operations": Peace Operations or Peacekeeping Operations
    const { text, x } = gap("an officer of the Department of XX Operations said", "XX ");
    expect(restoreWords(text, [x], [])).toStrictEqual([]);
  });
});
