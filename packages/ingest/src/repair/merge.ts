import type { Edit, Repair, RepairKind } from "./types";
import { codePoints, utf16ToCodePointTable } from "./codepoints";

/** Which detector wins when two proposals overlap (earlier wins). */
const PRIORITY: readonly RepairKind[] = [
  "injected-text-excised",
  "words-restored",
  "mis-encoding",
  "markup-removed",
  "metadata-removed",
  "duplicate-text",
  "lost-characters",
  "doubled-word",
  "unbalanced-quotes",
  "lost-link-target",
  "date-mismatch",
  "typo",
  "name-variant",
  "orphaned-caption",
];

/**
 * The edits kept so far, answering "does this edit conflict with one of them?" in logarithmic time
 * (a check against every kept edit made resolving quadratic: 300k entities took minutes).
 * Two edits conflict when their spans overlap, when two insertions are at one place, or when an
 * insertion falls strictly inside a span.
 */
class Occupancy {
  /** Fenwick tree over code units: 1 where a kept span covers the unit. */
  readonly #units: Int32Array;
  /** Fenwick tree over positions: insertions kept there. */
  readonly #inserts: Int32Array;
  /** Which kept span covers each unit (0: none), to tell "inside one span" from "between two". */
  readonly #owner: Int32Array;
  #spans = 0;

  constructor(readonly size: number) {
    this.#units = new Int32Array(size + 2);
    this.#inserts = new Int32Array(size + 2);
    this.#owner = new Int32Array(size + 1);
  }

  static #add(tree: Int32Array, i: number) {
    for (let k = i + 1; k < tree.length; k += k & -k) tree[k]! += 1;
  }
  /** Count in [0, i). */
  static #prefix(tree: Int32Array, i: number): number {
    let n = 0;
    for (let k = i; k > 0; k -= k & -k) n += tree[k]!;
    return n;
  }
  static #range(tree: Int32Array, a: number, b: number): number {
    return b <= a ? 0 : Occupancy.#prefix(tree, b) - Occupancy.#prefix(tree, a);
  }

  conflicts(e: Edit): boolean {
    if (e.s === e.e) {
      if (Occupancy.#range(this.#inserts, e.s, e.s + 1) > 0) return true;
      const left = e.s > 0 ? this.#owner[e.s - 1]! : 0;
      return left !== 0 && left === this.#owner[e.s];
    }
    return Occupancy.#range(this.#units, e.s, e.e) > 0 || Occupancy.#range(this.#inserts, e.s + 1, e.e) > 0;
  }

  keep(e: Edit) {
    if (e.s === e.e) {
      Occupancy.#add(this.#inserts, e.s);
      return;
    }
    const id = ++this.#spans;
    for (let i = e.s; i < e.e; i++) {
      Occupancy.#add(this.#units, i);
      this.#owner[i] = id;
    }
  }
}

/**
 * Keeps a set of non-overlapping edits (by detector priority, then earlier start) and returns
 * them sorted by start (an insertion sorts after a span ending at its position and before a
 * span starting there). Edits that change nothing or fall outside the text are dropped.
 */
export function resolveEdits(text: string, edits: readonly Edit[]): Edit[] {
  const rank = new Map(PRIORITY.map((k, i) => [k, i]));
  const ranked = [...edits].sort((a, b) => (rank.get(a.kind) ?? -1) - (rank.get(b.kind) ?? -1) || a.s - b.s);
  const kept: Edit[] = [];
  const occupied = new Occupancy(text.length);
  for (const e of ranked) {
    if (e.s < 0 || e.e > text.length || e.e < e.s) continue;
    if (e.action === "repaired" && e.after === text.slice(e.s, e.e)) continue;
    if (occupied.conflicts(e)) continue;
    occupied.keep(e);
    kept.push(e);
  }
  return kept.sort((a, b) => a.s - b.s || (a.s === a.e ? -1 : 0) - (b.s === b.e ? -1 : 0));
}

/** Applies resolved (sorted, disjoint) UTF-16 edits. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = "";
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.s) + (e.action === "flagged" ? text.slice(e.s, e.e) : e.after);
    pos = e.e;
  }
  return out + text.slice(pos);
}

/** Converts resolved UTF-16 edits to the public, code-point based repairs. */
export function toRepairs(text: string, edits: readonly Edit[]): Repair[] {
  const table = utf16ToCodePointTable(text);
  const cps = codePoints(text);
  return edits.map((e) => {
    const start = table[e.s] ?? 0;
    const end = table[e.e] ?? start;
    const before = cps.slice(start, end).join("");
    return {
      kind: e.kind,
      action: e.action,
      start,
      end,
      before,
      after: e.action === "flagged" ? before : e.after,
      rationale: e.rationale,
      confidence: e.confidence,
    };
  });
}
