import { describe, expect, it } from "vitest";
import type { Excision } from "./injected";
import { restoreWords } from "./restore";

// The same token's other places (restoreSameToken, through restoreWords): each edit whole, and the spaces it
// puts around the words by what the token was glued to.

const UNOCT = "United Nations Office of Counter-Terrorism";
const explained = "the QQOffice of Counter-Terrorism said. ";

/** Excisions of every `token` in `text` (inline, nothing left in its place unless `more` says otherwise). */
function places(text: string, token: string, more: Partial<Excision> = {}): Excision[] {
  const xs: Excision[] = [];
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    xs.push({ kind: "injected-text-excised", action: "repaired", s: at, e: at + token.length, after: "", rationale: "", confidence: 1, inline: true, ...more });
  }
  return xs;
}

const same = (e: number, after: string, token = "QQ", count = 1) => ({
  kind: "words-restored",
  action: "repaired",
  s: e,
  e,
  after,
  rationale: `The excised token "${token}" stands for "United Nations" at ${count} other place(s) of the text, where known names show it; a defacer substitutes one word throughout.`,
  confidence: 0.8,
});

describe("restoreWords: a token's other places", () => {
  it("gives each other place the words, with no space added beside spaces and punctuation", () => {
    const text = `${explained}Then QQ, and QQ met.`;
    const xs = places(text, "QQ");
    const edits = restoreWords(text, xs, [UNOCT]);
    expect(edits).toStrictEqual([
      expect.objectContaining({ s: xs[0]!.e, after: "United Nations ", confidence: 0.9 }),
      same(xs[1]!.e, "United Nations"),
      same(xs[2]!.e, "United Nations"),
    ]);
  });

  it("adds a space before the words where the token was glued to a word, and after them before a capital", () => {
    const text = `${explained}theQQGeneva`;
    const xs = places(text, "QQ");
    expect(restoreWords(text, xs, [UNOCT]).slice(1)).toStrictEqual([same(xs[1]!.e, " United Nations ")]);
  });

  it("keeps words glued to a lower-case word the token was glued to, and spaces them from one after the token's own space", () => {
    const glued = `${explained}Political and QQbuilding`;
    const a = places(glued, "QQ");
    expect(restoreWords(glued, a, [UNOCT]).slice(1)).toStrictEqual([same(a[1]!.e, "United Nations")]);
    // the excision took the space after the token: the next word is a word of its own
    const spaced = `${explained}Political and QQ building`;
    const b = [places(spaced, "QQ")[0]!, ...places(spaced, "QQ ")];
    expect(restoreWords(spaced, b, [UNOCT]).slice(1)).toStrictEqual([same(b[1]!.e, "United Nations ")]);
  });

  it("restores at the very start of the text without a leading space", () => {
    const text = `QQ met. ${explained}`;
    const xs = places(text, "QQ");
    expect(restoreWords(text, xs, [UNOCT])).toStrictEqual([expect.objectContaining({ s: xs[1]!.e, after: "United Nations " }), same(xs[0]!.e, "United Nations")]);
  });

  it("counts the explained places in the rationale, and skips places that are not inline or left text", () => {
    const text = `${explained}${explained}QQ met, QQ met, QQ met.`;
    const xs = places(text, "QQ");
    const edits = restoreWords(text, [xs[0]!, xs[1]!, xs[2]!, { ...xs[3]!, inline: false }, { ...xs[4]!, after: "x" }], [UNOCT]);
    expect(edits.slice(2)).toStrictEqual([same(xs[2]!.e, "United Nations", "QQ", 2)]);
  });

  it("takes another token's words for no token", () => {
    const text = `${explained}the RR met`;
    const xs = [...places(text, "QQ"), ...places(text, "RR")];
    expect(restoreWords(text, xs, [UNOCT])).toHaveLength(1);
  });
});
