// Maps spans of the repaired text back onto the original (archived) text, using the repair log.
// Every offset here counts Unicode code points, like evidence spans; `TextIndex` converts from the
// UTF-16 offsets that JavaScript regular expressions give.
import { CodePointText, codePointLength } from "@briefings/core";
import { utf16ToCodePointTable } from "./repair/codepoints";

/** The fields of a repair that say how the text changed. */
export interface TextChange {
  /** First code point of the damaged span in the original text. */
  start: number;
  /** Code point after the damaged span (exclusive); `start === end` for an insertion. */
  end: number;
  /** The replacement text. */
  after: string;
  /** Only `repaired` entries change the text; `flagged` ones are ignored here. */
  action: "repaired" | "flagged";
  /** 0..1: how sure the repair is (used to lower the confidence of facts that cross it). */
  confidence?: number;
}

/** Where a span of the repaired text comes from in the original text. */
export interface MappedSpan {
  /** First code point in the original text. */
  start: number;
  /** Code point after the span in the original text. */
  end: number;
  /** `true` when the span crosses (or touches the inside of) a repaired region. */
  touched: boolean;
  /** The lowest confidence of the repairs crossed (1 when none). */
  repairConfidence: number;
}

/** Number of code points of `text` (core's count). */
export const codePointCount: (text: string) => number = codePointLength;

/** Converts between UTF-16 and code-point offsets of one text in O(1) (after a linear build). */
export class TextIndex {
  /** UTF-16 offset of each code point boundary (length: code points + 1). */
  readonly #units: Uint32Array;
  /** Code point offset of each UTF-16 offset (length: text.length + 1). */
  readonly #points: Uint32Array;

  /** Indexes `text`: core's code point boundaries one way, the repair engine's table the other. */
  constructor(readonly text: string) {
    this.#units = new CodePointText(text).offsets;
    this.#points = utf16ToCodePointTable(text);
  }

  /** Number of code points. */
  get length(): number {
    return this.#units.length - 1;
  }

  /** Code point offset of a UTF-16 offset (one inside a surrogate pair maps to its code point). */
  toCodePoint(unit: number): number {
    const v = this.#points[unit];
    if (v === undefined) throw new RangeError(`UTF-16 offset ${unit} is outside a text of ${this.text.length} units`);
    return v;
  }

  /** UTF-16 offset of a code point offset. */
  toUnit(cp: number): number {
    const v = this.#units[cp];
    if (v === undefined) throw new RangeError(`offset ${cp} is outside a text of ${this.length} code points`);
    return v;
  }

  /** The code points `[start, end)`. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}

interface Segment {
  /** Start in the original text (code points). */
  o: number;
  /** Length in the original text. */
  ol: number;
  /** Start in the repaired text. */
  r: number;
  /** Length in the repaired text. */
  rl: number;
  /** Confidence of the repair, or undefined for an unchanged stretch. */
  changed: number | undefined;
}

/**
 * The correspondence between an original text and its repaired version, built from the repairs.
 * Repairs must not overlap (the repair engine and the dataset rules guarantee it); at one point an
 * insertion comes before an excision starting there, as `applyCorrections` of `@briefings/core` does.
 */
export class OffsetMap {
  readonly #segments: Segment[] = [];
  /** Indices (into #segments) of segments with a non-empty repaired range, in order. */
  readonly #visible: number[] = [];
  readonly #changedIdx: number[] = [];
  /** Length of the original text, in code points. */
  readonly originalLength: number;
  /** Length of the repaired text, in code points. */
  readonly repairedLength: number;

  /** Builds the map for an original text of `originalLength` code points and its repairs. */
  constructor(originalLength: number, changes: readonly TextChange[]) {
    const applied = changes
      .filter((c) => c.action === "repaired")
      .slice()
      .sort((a, b) => a.start - b.start || a.end - b.end);
    let o = 0;
    let r = 0;
    const push = (s: Segment) => {
      const i = this.#segments.length;
      this.#segments.push(s);
      if (s.rl > 0) this.#visible.push(i);
      if (s.changed !== undefined) this.#changedIdx.push(i);
    };
    for (const c of applied) {
      if (c.start < o || c.end < c.start || c.end > originalLength) {
        throw new RangeError(`repair [${c.start}, ${c.end}) overlaps another or lies outside the text (${originalLength} code points)`);
      }
      if (c.start > o) {
        push({ o, ol: c.start - o, r, rl: c.start - o, changed: undefined });
        r += c.start - o;
      }
      const rl = codePointCount(c.after);
      push({ o: c.start, ol: c.end - c.start, r, rl, changed: c.confidence ?? 1 });
      o = c.end;
      r += rl;
    }
    if (o < originalLength) {
      push({ o, ol: originalLength - o, r, rl: originalLength - o, changed: undefined });
      r += originalLength - o;
    }
    this.originalLength = originalLength;
    this.repairedLength = r;
  }

  /** Index into #visible of the segment whose repaired range contains code point `p` (p < repairedLength). */
  #visibleAt(p: number): number {
    let lo = 0;
    let hi = this.#visible.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#segments[this.#visible[mid]!]!.r <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Maps a start offset (inclusive) of the repaired text to the original text. */
  #startOf(s: number): { at: number; touched: boolean; confidence: number } {
    if (s >= this.repairedLength) return { at: this.originalLength, touched: false, confidence: 1 };
    const seg = this.#segments[this.#visible[this.#visibleAt(s)]!]!;
    if (seg.changed === undefined) return { at: seg.o + (s - seg.r), touched: false, confidence: 1 };
    return { at: seg.o, touched: true, confidence: seg.changed };
  }

  /** Maps an end offset (exclusive) of the repaired text to the original text. */
  #endOf(e: number): { at: number; touched: boolean; confidence: number } {
    if (e <= 0) return { at: 0, touched: false, confidence: 1 };
    const seg = this.#segments[this.#visible[this.#visibleAt(e - 1)]!]!;
    if (seg.changed === undefined) return { at: seg.o + (e - seg.r), touched: false, confidence: 1 };
    return { at: seg.o + seg.ol, touched: true, confidence: seg.changed };
  }

  /**
   * The smallest span of the original text that covers the repaired span `[start, end)` (code points).
   * A span that starts or ends inside a repaired region is widened to the whole region; one that
   * contains a repair (an excision included) is `touched`.
   */
  toOriginal(start: number, end: number): MappedSpan {
    if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end < start || end > this.repairedLength) {
      throw new RangeError(`span [${start}, ${end}) is outside a repaired text of ${this.repairedLength} code points`);
    }
    if (start === end) {
      const a = this.#startOf(start);
      return { start: a.at, end: a.at, touched: false, repairConfidence: 1 };
    }
    const a = this.#startOf(start);
    const b = this.#endOf(end);
    let touched = a.touched || b.touched;
    let confidence = Math.min(a.confidence, b.confidence);
    // Repairs strictly inside: any changed segment whose original range lies within [a.at, b.at]
    // and that is not an excision or insertion sitting exactly on an edge.
    for (const i of this.#changedFrom(a.at)) {
      const seg = this.#segments[i]!;
      if (seg.o > b.at) break;
      const onEdge = (seg.ol === 0 || seg.rl === 0) && (seg.o + seg.ol <= a.at || seg.o >= b.at);
      const inside = seg.o >= a.at && seg.o + seg.ol <= b.at;
      if (inside && !onEdge) {
        // An insertion at an edge of the original span is inside only if the repaired span includes it.
        touched = true;
        confidence = Math.min(confidence, seg.changed!);
      }
    }
    return { start: a.at, end: b.at, touched, repairConfidence: confidence };
  }

  /** Indices of changed segments whose original start is at or after `o` (in order), from a binary search. */
  *#changedFrom(o: number): Generator<number> {
    const list = this.#changedIdx;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const seg = this.#segments[list[mid]!]!;
      if (seg.o + seg.ol < o) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length; k++) yield list[k]!;
  }
}
