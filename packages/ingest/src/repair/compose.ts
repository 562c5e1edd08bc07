import type { Edit } from "./types";
import { resolveEdits } from "./merge";

/**
 * Composes two passes of edits into one log on the original input. Pass 1 edits apply to
 * `input` and give `mid`; pass 2 edits apply to `mid`. A pass-2 edit is mapped back exactly
 * where it touches text pass 1 left alone; where it reaches into text pass 1 rewrote, its span
 * grows to cover that rewrite, which it absorbs (a flag that would absorb a change is dropped). An
 * insertion strictly inside a rewrite absorbs it at its place in the written text; pass-2 edits
 * that reach into the same rewrite become one edit (their rationales joined), none dropped.
 */
export function composeEdits(input: string, first: readonly Edit[], mid: string, second: readonly Edit[]): Edit[] {
  // segments of pass 1: input [s,e) became mid [ms, ms + after.length)
  const segs: Array<{ s: number; e: number; ms: number; me: number; edit: Edit }> = [];
  let delta = 0;
  for (const f of first) {
    const after = f.action === "flagged" ? input.slice(f.s, f.e) : f.after;
    segs.push({ s: f.s, e: f.e, ms: f.s + delta, me: f.s + delta + after.length, edit: f });
    delta += after.length - (f.e - f.s);
  }
  // Binary searches over the segments (sorted, disjoint, in both texts): linear in the edits overall.
  const firstAt = (pred: (g: (typeof segs)[number]) => boolean): number => {
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pred(segs[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const toInput = (m: number, side: "start" | "end"): number => {
    const k = firstAt((g) => g.ms >= m);
    let d = 0;
    const before = segs[k - 1];
    if (before) {
      if (m < before.me) return side === "start" ? before.s : before.e;
      d = before.e - before.me;
    }
    for (let i = k; i < segs.length && segs[i]!.ms === m; i++) {
      const g = segs[i]!;
      if (g.me !== g.ms) return g.s;
      // an excision: keep it outside the pass-2 edit
      if (side === "end") return g.s;
      d = g.e - g.me;
    }
    return m + d;
  };
  const toMid = (i: number): number => {
    const k = firstAt((g) => i < g.e || (i === g.e && g.s === g.e));
    const g = segs[k - 1];
    return i + (g ? g.me - g.e : 0);
  };
  // The pass-1 replacement whose written text holds mid offset m strictly inside, as its input end.
  const writtenAround = (m: number): number | undefined => {
    const g = segs[firstAt((x) => x.ms >= m) - 1];
    return g && g.ms < m && m < g.me ? g.e : undefined;
  };
  const out: Edit[] = [];
  const absorbed = new Set<Edit>();
  // Each pass-2 edit on the input; an insertion strictly inside a pass-1 replacement reaches over all of it.
  const mapped = second.map((e) => {
    const S = toInput(e.s, "start");
    const inWritten = e.s === e.e ? writtenAround(e.s) : undefined;
    const E = e.s === e.e ? (inWritten ?? S) : Math.max(S, toInput(e.e, "end"));
    return { e, S, E };
  });
  // Pass-2 edits that reach into the same pass-1 replacement become one edit (they would overlap on the input).
  for (let i = 0; i < mapped.length; ) {
    const group = [mapped[i]!];
    let E = mapped[i]!.E;
    while (i + group.length < mapped.length && mapped[i + group.length]!.S < E && mapped[i]!.S !== E) {
      E = Math.max(E, mapped[i + group.length]!.E);
      group.push(mapped[i + group.length]!);
    }
    i += group.length;
    const S = group[0]!.S;
    const e = group[0]!.e;
    const inside: typeof segs = [];
    if (S !== E) {
      for (let k = firstAt((g) => g.s >= S); k < segs.length && segs[k]!.s <= E; k++) {
        const g = segs[k]!;
        if (g.e <= E && !(g.s === g.e && (g.s === S || g.s === E))) inside.push(g);
      }
    }
    if (inside.length === 0 && group.length === 1) {
      out.push({ ...e, s: S, e: E });
      continue;
    }
    const kept = inside.length > 0 ? group.filter((m) => m.e.action !== "flagged") : group;
    if (kept.length === 0) continue;
    for (const g of inside) absorbed.add(g.edit);
    const ms = toMid(S);
    const me = toMid(E);
    let after = "";
    let at = ms;
    for (const m of kept) {
      after += mid.slice(at, m.e.s) + m.e.after;
      at = m.e.e;
    }
    after += mid.slice(at, me);
    const head = kept[0]!.e;
    const rationale = kept.map((m) => m.e.rationale).join(" ");
    out.push({ ...head, s: S, e: E, after, rationale: inside.length > 0 ? `${rationale} (Markup within it is removed too.)` : rationale });
  }
  return resolveEdits(input, [...first.filter((f) => !absorbed.has(f)), ...out]);
}
