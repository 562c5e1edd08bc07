// Helpers of the restoreWords tests (src/repair/restore.*.test.ts): a text with a marked gap, and the edit
// restoreWords is expected to propose for it.
import type { Excision } from "../src/repair/injected";

/** The text with `token` marking the gap, and the excision of that token. */
export function gap(text: string, token = "XX", more: Partial<Excision> = {}): { text: string; x: Excision } {
  const s = text.indexOf(token);
  return { text, x: { kind: "injected-text-excised", action: "repaired", s, e: s + token.length, after: "", rationale: "", confidence: 1, inline: true, ...more } };
}

/** The edit `restoreWords` proposes: `words` inserted after the excision, from `name`. */
export const restored = (x: Excision, words: string, name: string, known: boolean) => ({
  kind: "words-restored",
  action: "repaired",
  s: x.e,
  e: x.e,
  after: words,
  rationale: `The excised token stood in place of "${words.trim()}": the surrounding words are part of "${name}"${known ? ", a known name" : ", written in full elsewhere in the text"}.`,
  confidence: known ? 0.9 : 0.8,
});
