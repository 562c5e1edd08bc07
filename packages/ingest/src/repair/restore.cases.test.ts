import { describe, expect, it } from "vitest";
import { gap, restored } from "../../test/restore-helpers";
import { restoreWords } from "./restore";

// Restoring the words an injected token replaced, case by case: each proposal checked whole (where, what,
// why, how sure), and each condition that stops a guess (too little evidence, no capital, broken word
// boundaries, too many missing words, disagreeing names).

const UNOCT = "United Nations Office of Counter-Terrorism";

describe("restoreWords: what it restores", () => {
  it("restores the first words of a known name, with the space before the next word", () => {
    const { text, x } = gap("representatives from the XXOffice of Counter-Terrorism, the Alliance");
    expect(restoreWords(text, [x], [UNOCT])).toStrictEqual([restored(x, "United Nations ", UNOCT, true)]);
  });

  it("restores the last word of a known name before punctuation, without spaces", () => {
    const cted = "Counter-Terrorism Committee Executive Directorate";
    const { text, x } = gap("the Counter-Terrorism Committee Executive XX, said");
    expect(restoreWords(text, [x], [cted])).toStrictEqual([restored(x, "Directorate", cted, true)]);
  });

  it("adds a space before the words when the token was glued to the word before", () => {
    const { text, x } = gap("the United NationsXXof Counter-Terrorism said");
    expect(restoreWords(text, [x], [UNOCT])).toStrictEqual([restored(x, " Office ", UNOCT, true)]);
  });

  it("reads known names with their spaces squashed and trimmed", () => {
    const { text, x } = gap("the XXOffice of Counter-Terrorism said");
    expect(restoreWords(text, [x], ["  United   Nations Office of\tCounter-Terrorism "])).toStrictEqual([restored(x, "United Nations ", UNOCT, true)]);
  });

  it("restores from a name written in full elsewhere in the text (less sure), and calls a known one known even if written", () => {
    const { text, x } = gap(`from the XXOffice of Counter-Terrorism.\n\nMr. Voronkov of the ${UNOCT} spoke.`);
    expect(restoreWords(text, [x], [])).toStrictEqual([restored(x, "United Nations ", UNOCT, false)]);
    expect(restoreWords(text, [x], [UNOCT])).toStrictEqual([restored(x, "United Nations ", UNOCT, true)]);
  });

  it("restores up to five missing words, not six", () => {
    const name = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta";
    const five = gap("the XXZeta Eta Theta said");
    expect(restoreWords(five.text, [five.x], [name])).toStrictEqual([restored(five.x, "Alpha Beta Gamma Delta Epsilon ", name, true)]);
    const six = gap("the XXEta Theta said");
    expect(restoreWords(six.text, [six.x], [name])).toStrictEqual([]);
  });

  it("prefers the name that explains more of the surrounding words", () => {
    const { text, x } = gap("the XXOffice of Counter-Terrorism said");
    expect(restoreWords(text, [x], ["Big Office of", UNOCT])).toStrictEqual([restored(x, "United Nations ", UNOCT, true)]);
  });

  it("restores each gap on its own, and skips excisions that were not inline or that left text", () => {
    const cted = "Counter-Terrorism Committee Executive Directorate";
    const text = "the XXOffice of Counter-Terrorism and the Counter-Terrorism Committee Executive YY, with ZZOffice of Counter-Terrorism";
    const a = gap(text, "XX");
    const b = gap(text, "YY");
    const c = gap(text, "ZZ", { inline: false });
    const d = gap(text.replace("ZZ", "WW"), "WW", { after: "W" });
    expect(restoreWords(text, [a.x, b.x, c.x], [UNOCT, cted])).toStrictEqual([restored(a.x, "United Nations ", UNOCT, true), restored(b.x, "Directorate", cted, true)]);
    expect(restoreWords(text, [c.x], [UNOCT, cted])).toStrictEqual([]);
    expect(restoreWords(d.text, [d.x], [UNOCT, cted])).toStrictEqual([]);
  });
});

describe("restoreWords: when it does not guess", () => {
  it("needs two matched words from a known name", () => {
    const two = gap("the XXExecutive Directorate said");
    const name = "Counter-Terrorism Committee Executive Directorate";
    expect(restoreWords(two.text, [two.x], [name])).toStrictEqual([restored(two.x, "Counter-Terrorism Committee ", name, true)]);
    const one = gap("the XXDirectorate said");
    expect(restoreWords(one.text, [one.x], ["Executive Directorate"])).toStrictEqual([]);
  });

  it("ignores a one-word known name", () => {
    const { text, x } = gap("the XX Office said");
    expect(restoreWords(text, [x], ["Office"])).toStrictEqual([]);
  });

  it("needs three matched words and words after the gap for a name found only in the text", () => {
    const name = "Counter-Terrorism Committee Executive Directorate";
    const two = gap(`the XXExecutive Directorate said. It met the ${name} today.`);
    expect(restoreWords(two.text, [two.x], [])).toStrictEqual([]);
    const three = gap(`the XXCommittee Executive Directorate said. It met the ${name} today.`);
    expect(restoreWords(three.text, [three.x], [])).toStrictEqual([restored(three.x, "Counter-Terrorism ", name, false)]);
    const end = gap(`the Counter-Terrorism Committee Executive XX said. It met the ${name} today.`);
    expect(restoreWords(end.text, [end.x], [])).toStrictEqual([]);
    expect(restoreWords(end.text, [end.x], [name])).toStrictEqual([restored(end.x, "Directorate", name, true)]);
  });

  it("needs a capitalised word among the words kept", () => {
    const { text, x } = gap("the XXoffice of counter-terrorism said");
    expect(restoreWords(text, [x], ["united nations office of counter-terrorism"])).toStrictEqual([]);
  });

  it("needs the words around the gap to be whole words", () => {
    // "United" inside "ReUnited" is no match for the name's first word: the gap holds all of "United Nations".
    const before = gap("the ReUnited XXOffice of Counter-Terrorism said");
    expect(restoreWords(before.text, [before.x], [UNOCT])).toStrictEqual([restored(before.x, "United Nations ", UNOCT, true)]);
    const glued = gap("the xXXOffice of Counter-Terrorism said");
    expect(restoreWords(glued.text, [glued.x], [UNOCT])).toStrictEqual([]);
    const after = gap("the XXOffice of Counter-Terrorismo said");
    expect(restoreWords(after.text, [after.x], [UNOCT])).toStrictEqual([]);
    const last = gap("the United Nations Office of XXs said");
    expect(restoreWords(last.text, [last.x], [UNOCT])).toStrictEqual([]);
  });

  it("needs a capitalised word beside the gap where the name is cut at its start or its end", () => {
    // "⟨gap⟩ of Counter-Terrorism" and "Office of ⟨gap⟩": the name's visible part starts or stops on a small word
    const start = gap("the XX of Counter-Terrorism said");
    expect(restoreWords(start.text, [start.x], [UNOCT])).toStrictEqual([]);
    const end = gap("the United Nations Office of XX, said");
    expect(restoreWords(end.text, [end.x], [UNOCT])).toStrictEqual([]);
  });

  it("does not guess between names that explain the words equally well", () => {
    const { text, x } = gap("the XXOffice of Counter-Terrorism said");
    expect(restoreWords(text, [x], [UNOCT, "African Union Office of Counter-Terrorism"])).toStrictEqual([]);
  });

  it("returns nothing without an excision", () => {
    expect(restoreWords("the Office of Counter-Terrorism", [], [UNOCT])).toStrictEqual([]);
  });
});
