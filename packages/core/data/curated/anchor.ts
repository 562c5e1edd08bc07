// Authoring helpers: evidence is written as the exact words, and the offsets are computed from the
// archived text, so a typo in a curated span fails the build instead of pointing at the wrong place.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { CitationEvidence, SourceArchive, SpanEvidence } from "../../src/schemas";
import { codePointOffsets, sliceCodePoints, toCodePointOffset } from "../../src/text/code-points";

const CONTEXT = 32;

/** Options to pick one occurrence of a phrase. */
export interface Anchor {
  /** Search after the first occurrence of this phrase. */
  after?: string;
  /** Which occurrence (0-based) after that point; required when the phrase occurs more than once. */
  nth?: number;
}

/** An archived source text, with helpers to point into it. */
export class ArchivedText {
  readonly text: string;
  readonly archive: SourceArchive;

  constructor(
    readonly source: string,
    file: string,
    attribution: string,
  ) {
    const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
    this.text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    this.archive = {
      text: this.text,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      mediaType: "text/plain; charset=utf-8",
      file: `data/${file}`,
      attribution,
    };
  }

  /** Code point offset `[start, end)` of `exact`, checked to be unambiguous. */
  locate(exact: string, anchor: Anchor = {}): { start: number; end: number } {
    let from = 0;
    if (anchor.after !== undefined) {
      const a = this.text.indexOf(anchor.after);
      if (a < 0) throw new Error(`${this.source}: anchor ${JSON.stringify(anchor.after)} not found`);
      from = a + anchor.after.length;
    }
    const hits: number[] = [];
    for (let i = this.text.indexOf(exact, from); i >= 0; i = this.text.indexOf(exact, i + 1)) hits.push(i);
    if (hits.length === 0) throw new Error(`${this.source}: ${JSON.stringify(exact)} not found`);
    if (anchor.nth === undefined && hits.length > 1) {
      throw new Error(`${this.source}: ${JSON.stringify(exact)} occurs ${hits.length} times; say which (nth/after)`);
    }
    const unit = hits[anchor.nth ?? 0];
    if (unit === undefined) throw new Error(`${this.source}: ${JSON.stringify(exact)} has no occurrence ${anchor.nth}`);
    const start = toCodePointOffset(this.text, unit);
    return { start, end: start + Array.from(exact).length };
  }

  /** Span evidence for the exact words `exact`. */
  span(exact: string, anchor?: Anchor): SpanEvidence {
    const { start, end } = this.locate(exact, anchor);
    const last = codePointOffsets(this.text).length - 1;
    const prefix = sliceCodePoints(this.text, Math.max(0, start - CONTEXT), start);
    const suffix = sliceCodePoints(this.text, end, Math.min(last, end + CONTEXT));
    return {
      kind: "span",
      source: this.source,
      start,
      end,
      exact,
      ...(prefix ? { prefix } : {}),
      ...(suffix ? { suffix } : {}),
    };
  }
}

/** URL-level evidence: a citation of a whole source. */
export function cite(source: string, locator?: string): CitationEvidence {
  return locator === undefined ? { kind: "citation", source } : { kind: "citation", source, locator };
}
