/** fast-check arbitraries for the property tests (not part of the public API). */
import fc from "fast-check";
import { SENTENCES } from "./repair-fixtures";

/** A clean text: 2–5 paragraphs of 1–3 distinct realistic sentences (no sentence repeats). */
export const cleanTextArb: fc.Arbitrary<string> = fc
  .tuple(fc.uniqueArray(fc.nat(SENTENCES.length - 1), { minLength: 2, maxLength: 10 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 10, maxLength: 10 }))
  .map(([ids, sizes]) => {
    const paras: string[] = [];
    let i = 0;
    let k = 0;
    while (i < ids.length) {
      const n = sizes[k++] ?? 1;
      paras.push(ids.slice(i, i + n).map((id) => SENTENCES[id] ?? "").join(" "));
      i += n;
    }
    return paras.join("\n\n");
  });

/** The charsets of the mojibake property. */
export const CHARSET_NAMES = ["utf8", "gbk", "big5", "win1250", "win1252", "latin1"] as const;
