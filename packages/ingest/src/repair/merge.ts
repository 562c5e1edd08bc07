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

function conflicts(a: Edit, b: Edit): boolean {
  if (a.s === a.e && b.s === b.e) return a.s === b.s;
  if (a.s === a.e) return a.s > b.s && a.s < b.e;
  if (b.s === b.e) return b.s > a.s && b.s < a.e;
  return a.s < b.e && b.s < a.e;
}

/**
 * Keeps a set of non-overlapping edits (by detector priority, then earlier start) and returns
 * them sorted by start (an insertion sorts after a span ending at its position and before a
 * span starting there). Edits that change nothing or fall outside the text are dropped.
 */
export function resolveEdits(text: string, edits: readonly Edit[]): Edit[] {
  const ranked = [...edits].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.s - b.s);
  const kept: Edit[] = [];
  for (const e of ranked) {
    if (e.s < 0 || e.e > text.length || e.e < e.s) continue;
    if (e.action === "repaired" && e.after === text.slice(e.s, e.e)) continue;
    if (kept.some((k) => conflicts(k, e))) continue;
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
