// The segment model of an annotated text: ranges (evidence spans, corrections) that may overlap or nest are
// cut at every boundary into flat segments, then re-nested into a tree that HTML can express.
// Offsets are Unicode code points, as in the dataset; the renderer converts them to UTF-16.

/** A range of code points `[start, end)` to mark; `start === end` is an insertion point. */
export interface TextRange {
  /** Unique id of the range (used to tell ranges apart and to open/close them). */
  id: string;
  /** First code point (inclusive). */
  start: number;
  /** Code point after the range (exclusive). */
  end: number;
}

/** A run of text `[start, end)` and the ids of every range covering it, outermost first. */
export interface TextSegment {
  type: "text";
  start: number;
  end: number;
  covering: string[];
}

/** An insertion point: zero-length ranges at offset `at`, in input order. */
export interface PointSegment {
  type: "point";
  at: number;
  ids: string[];
}

/** One piece of the flat segment model. */
export type Segment = TextSegment | PointSegment;

/** Orders ranges so that, of ranges opening together, the longest is the outermost. */
function outerFirst(a: TextRange, b: TextRange): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Splits a text of `length` code points at every boundary of `ranges`. The result covers `[0, length)`
 * in order with no gaps; each text segment lists the ranges covering all of it (outermost first), and
 * insertion points come before the text that starts at their offset. Ranges are clipped to the text;
 * ranges wholly outside it, or with `end < start`, are dropped.
 */
export function segmentText(length: number, ranges: readonly TextRange[]): Segment[] {
  const size = Math.max(0, Math.floor(length));
  const valid = ranges
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.start <= r.end && r.start <= size && r.end >= 0)
    .map((r) => ({ id: r.id, start: Math.max(0, Math.floor(r.start)), end: Math.min(size, Math.floor(r.end)) }))
    .filter((r) => r.start <= r.end);
  const spans = valid.filter((r) => r.start < r.end).sort(outerFirst);
  const points = valid.filter((r) => r.start === r.end);
  const cuts = new Set<number>([0, size]);
  for (const r of spans) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  for (const p of points) cuts.add(p.start);
  const bounds = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const at = bounds[i]!;
    const here = points.filter((p) => p.start === at).map((p) => p.id);
    if (here.length > 0) out.push({ type: "point", at, ids: here });
    const next = bounds[i + 1];
    if (next === undefined) break;
    const covering = spans.filter((r) => r.start <= at && r.end >= next).map((r) => r.id);
    out.push({ type: "text", start: at, end: next, covering });
  }
  return out;
}

/** A node of the nested tree: a piece of a range, a run of text, or an insertion point. */
export type SegmentNode =
  | { type: "range"; id: string; first: boolean; last: boolean; children: SegmentNode[] }
  | { type: "text"; start: number; end: number }
  | { type: "point"; at: number; id: string };

/**
 * Turns flat segments into properly nested nodes. A range that crosses another is cut into pieces: the first
 * piece has `first: true` (put the range's id there) and the last has `last: true`; a range that nests
 * cleanly stays one piece with both. Of ranges opening at the same segment, the longer is the outer one.
 */
export function nestSegments(segments: readonly Segment[], ranges: readonly TextRange[]): SegmentNode[] {
  const byId = new Map(ranges.map((r) => [r.id, r]));
  const root: SegmentNode[] = [];
  const stack: { id: string; children: SegmentNode[] }[] = [];
  const opened = new Set<string>();
  const lastPiece = new Map<string, Extract<SegmentNode, { type: "range" }>>();
  const top = () => (stack.length === 0 ? root : stack[stack.length - 1]!.children);
  for (const segment of segments) {
    if (segment.type === "point") {
      for (const id of segment.ids) top().push({ type: "point", at: segment.at, id });
      continue;
    }
    const covering = new Set(segment.covering);
    let keep = 0;
    while (keep < stack.length && covering.has(stack[keep]!.id)) keep++;
    stack.length = keep;
    const open = new Set(stack.map((s) => s.id));
    const toOpen = segment.covering
      .filter((id) => !open.has(id))
      .sort((a, b) => {
        const ra = byId.get(a);
        const rb = byId.get(b);
        return (rb?.end ?? 0) - (ra?.end ?? 0) || (ra?.start ?? 0) - (rb?.start ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
      });
    for (const id of toOpen) {
      const node: Extract<SegmentNode, { type: "range" }> = { type: "range", id, first: !opened.has(id), last: false, children: [] };
      opened.add(id);
      lastPiece.set(id, node);
      top().push(node);
      stack.push({ id, children: node.children });
    }
    top().push({ type: "text", start: segment.start, end: segment.end });
  }
  for (const node of lastPiece.values()) node.last = true;
  return root;
}
