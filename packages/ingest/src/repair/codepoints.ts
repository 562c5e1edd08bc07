/** Code-point helpers: the public API counts positions in Unicode code points, JS strings in UTF-16 units. */
import { codePointLength } from "@briefings/core";

/** Splits a string into its code points (each a string of length 1 or 2). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Number of code points in a string (core's count: one implementation for the whole project). */
export const cpLength: (text: string) => number = codePointLength;

/**
 * Returns a table mapping every UTF-16 offset 0..text.length to its code-point offset.
 * An offset inside a surrogate pair maps to the code point that contains it.
 */
export function utf16ToCodePointTable(text: string): Uint32Array {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // Stryker disable next-line ArithmeticOperator: with `i - 1` the bound always holds, and charCodeAt past the end is NaN, which is no low surrogate
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return table;
}
