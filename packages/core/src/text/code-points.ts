// Evidence offsets count Unicode code points; JavaScript strings index UTF-16 code units. This converts.

const cache = new Map<string, Uint32Array>();

/** UTF-16 offset of every code point boundary of `text` (length: code points + 1). Cached per text. */
export function codePointOffsets(text: string): Uint32Array {
  const hit = cache.get(text);
  // Stryker disable next-line ConditionalExpression: equivalent, the cache only saves time (the offsets are the same without it)
  if (hit) return hit;
  const offsets = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[n++] = i;
    const c = text.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, past the end charCodeAt gives NaN, which is no low surrogate
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  offsets[n] = text.length;
  const result = offsets.slice(0, n + 1);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, when the cache is cleared changes only the time taken
  if (cache.size > 64) cache.clear();
  cache.set(text, result);
  return result;
}

/** Any UTF-16 surrogate: without one, code point offsets are UTF-16 offsets. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** A text with its code point boundaries computed once (and only if it has characters beyond the BMP): for many slices of one text. */
export class CodePointText {
  #offsets: Uint32Array | undefined;
  /** Whether the text has no surrogates (then code point offsets and UTF-16 offsets are the same). */
  readonly #plain: boolean;

  // Stryker disable next-line BlockStatement: equivalent, without #plain every text takes the code point path, which gives the same answers
  constructor(readonly text: string) {
    this.#plain = !SURROGATE.test(text);
  }

  /** UTF-16 offset of every code point boundary. */
  get offsets(): Uint32Array {
    return (this.#offsets ??= codePointOffsets(this.text));
  }

  /** Number of code points. */
  get length(): number {
    return this.#plain ? this.text.length : this.offsets.length - 1;
  }

  /** The code points `[start, end)`; throws a RangeError outside the text. */
  slice(start: number, end: number): string {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > this.length) {
      throw new RangeError(`span [${start}, ${end}) is outside a text of ${this.length} code points`);
    }
    return this.#plain ? this.text.slice(start, end) : this.text.slice(this.offsets[start], this.offsets[end]);
  }

  // The three tests below answer what a comparison with `slice` would, without making the slice: the
  // validator runs them on every evidence span of a dataset.

  /** Whether the code points `[start, end)` are `expected`: `slice(start, end) === expected`, for a span inside the text. */
  spells(start: number, end: number, expected: string): boolean {
    const from = this.#unit(start);
    return this.#unit(end) - from === expected.length && this.text.startsWith(expected, from);
  }

  /**
   * Whether `expected` comes right before code point `end`: the text's last `n` code points before `end`
   * are `expected`, `n` being the code points of `expected`. False when fewer come before `end`.
   */
  precededBy(end: number, expected: string): boolean {
    const to = this.#unit(end);
    const from = to - expected.length;
    return from >= 0 && this.#boundary(from) && this.text.startsWith(expected, from);
  }

  /** Whether `expected` comes right after code point `start` (as `precededBy`, the other way). */
  followedBy(start: number, expected: string): boolean {
    const from = this.#unit(start);
    const to = from + expected.length;
    // Stryker disable next-line ConditionalExpression: equivalent, past the end startsWith is false anyway (the check keeps #boundary inside the text)
    return to <= this.text.length && this.#boundary(to) && this.text.startsWith(expected, from);
  }

  /** UTF-16 offset of code point `index` (inside the text). */
  #unit(index: number): number {
    return this.#plain ? index : this.offsets[index]!;
  }

  /** Whether UTF-16 offset `unit` falls between two code points (not inside a surrogate pair). */
  #boundary(unit: number): boolean {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, shortcuts only: without them charCodeAt gives NaN at the ends, and a plain text has no surrogate, so the test below also answers true
    if (this.#plain || unit === 0 || unit >= this.text.length) return true;
    const c = this.text.charCodeAt(unit);
    const b = this.text.charCodeAt(unit - 1);
    return !(c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff);
  }
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  return codePointOffsets(text).length - 1;
}

/** The code points `[start, end)` of `text`; throws a RangeError outside the text. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const offsets = codePointOffsets(text);
  const last = offsets.length - 1;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > last) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of ${last} code points`);
  }
  return text.slice(offsets[start], offsets[end]);
}

/** The UTF-16 offset of code point offset `cp` in `text` (for DOM ranges and `String#slice`). */
export function toUtf16Offset(text: string, cp: number): number {
  const offsets = codePointOffsets(text);
  const value = offsets[cp];
  if (value === undefined) throw new RangeError(`offset ${cp} is outside a text of ${offsets.length - 1} code points`);
  return value;
}

/** The code point offset of UTF-16 offset `unit` in `text` (which must be on a code point boundary). */
export function toCodePointOffset(text: string, unit: number): number {
  return Array.from(text.slice(0, unit)).length;
}
