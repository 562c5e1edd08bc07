// Writes a source text piece by piece, keeping the code point offsets of the pieces that evidence points at.
import type { SpanEvidence } from "@briefings/core";
import { sliceCodePoints } from "@briefings/core";

/** A range of code points `[start, end)` of the text being written. */
export interface Range {
  start: number;
  end: number;
}

const CONTEXT = 32;

/** Number of code points of `text` (UTF-16 length minus the low halves of surrogate pairs). */
export function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Appends text and records where pieces land, in code points. Span evidence handed out by `span` is
 * completed (`exact`, `prefix`, `suffix`, read back from the finished text) by `finish`.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly pending: SpanEvidence[] = [];

  constructor(private readonly source: string) {}

  /** Appends `text`; returns its code point range. */
  add(text: string): Range {
    const start = this.length;
    this.parts.push(text);
    this.length += countCodePoints(text);
    return { start, end: this.length };
  }

  /** Appends several pieces; returns the range that covers them all. */
  addAll(...texts: string[]): Range {
    const start = this.length;
    for (const t of texts) this.add(t);
    return { start, end: this.length };
  }

  /** Code points written so far. */
  get position(): number {
    return this.length;
  }

  /** Span evidence for `range` (filled in by `finish`). */
  span(range: Range): SpanEvidence {
    if (range.end <= range.start) throw new RangeError(`empty span [${range.start}, ${range.end})`);
    const evidence: SpanEvidence = { kind: "span", source: this.source, start: range.start, end: range.end, exact: "" };
    this.pending.push(evidence);
    return evidence;
  }

  /** The finished text; completes every span handed out, from the text itself. */
  finish(): string {
    const text = this.parts.join("");
    for (const e of this.pending) {
      e.exact = sliceCodePoints(text, e.start, e.end);
      const prefix = sliceCodePoints(text, Math.max(0, e.start - CONTEXT), e.start);
      const suffix = sliceCodePoints(text, e.end, Math.min(this.length, e.end + CONTEXT));
      if (prefix) e.prefix = prefix;
      if (suffix) e.suffix = suffix;
    }
    this.pending.length = 0;
    return text;
  }
}
