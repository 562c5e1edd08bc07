// Evidence: spans of the repaired text mapped to code points of the original text, and the facts
// recorded for the report with their evidence and confidence.
import type { SpanEvidence } from "@briefings/core";
import type { Span } from "../extract/text";
import { OffsetMap, TextIndex } from "../offsets";
import type { Repair } from "../repair";
import type { FactLine } from "./types";

const CONTEXT = 32;
const round = (n: number) => Math.round(n * 100) / 100;

/** Maps spans of the repaired text to evidence in the original text. */
export class EvidenceMapper {
  readonly #original: TextIndex;
  readonly #repaired: TextIndex;
  readonly #map: OffsetMap;

  constructor(
    readonly source: string,
    original: string,
    repaired: string,
    repairs: readonly Repair[],
  ) {
    this.#original = new TextIndex(original);
    this.#repaired = new TextIndex(repaired);
    this.#map = new OffsetMap(this.#original.length, repairs);
  }

  /** Code-point span in the original text of a UTF-16 span of the repaired text, and whether it crosses a repair. */
  locate(span: Span): { start: number; end: number; touched: boolean; repairConfidence: number } {
    const s = this.#repaired.toCodePoint(span.start);
    const e = this.#repaired.toCodePoint(span.end);
    const mapped = this.#map.toOriginal(s, e);
    let { start, end } = mapped;
    if (end <= start) {
      // Only inserted words: point at the place of the insertion and the next code point.
      end = Math.min(this.#original.length, start + 1);
      if (end <= start) start = Math.max(0, end - 1);
      return { start, end, touched: true, repairConfidence: mapped.repairConfidence };
    }
    return mapped;
  }

  /** Evidence for a repaired span, and the factor by which a fact's confidence is lowered when it crosses a repair. */
  evidence(span: Span): { evidence: SpanEvidence; factor: number } {
    const { start, end, touched, repairConfidence } = this.locate(span);
    const prefix = this.#original.slice(Math.max(0, start - CONTEXT), start);
    const suffix = this.#original.slice(end, Math.min(this.#original.length, end + CONTEXT));
    return {
      evidence: { kind: "span", source: this.source, start, end, exact: this.#original.slice(start, end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
      factor: touched ? Math.min(0.9, repairConfidence) : 1,
    };
  }
}

/** Records the facts of a draft (for the report) with their evidence; a fact resting on a repaired span has its confidence lowered. */
export class FactRecorder {
  /** The facts, in the order recorded. */
  readonly facts: FactLine[] = [];

  constructor(readonly mapper: EvidenceMapper) {}

  /** Evidence for spans, and the base confidence lowered by the repairs they cross (bound: may be destructured). */
  readonly ev = (spans: readonly Span[], base: number): { evidence: SpanEvidence[]; confidence: number } => {
    let factor = 1;
    const evidence = spans.map((s) => {
      const e = this.mapper.evidence(s);
      factor = Math.min(factor, e.factor);
      return e.evidence;
    });
    return { evidence, confidence: round(base * factor) };
  };

  /** Records a fact and returns its evidence and confidence (bound: may be destructured). */
  readonly fact = (kind: string, value: string, spans: readonly Span[], base: number, note?: string): { evidence: SpanEvidence[]; confidence: number } => {
    const { evidence, confidence } = this.ev(spans, base);
    this.facts.push({ kind, value, evidence, confidence, ...(note ? { note } : {}) });
    return { evidence, confidence };
  };
}
