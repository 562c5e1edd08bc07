// The succession of a post laid out on a time axis: for each tenure, the span to draw, which of its ends a source
// states (the term) and which are only observed (first and last meeting), and the observed span itself.
import type { Dataset } from "../schemas/dataset";
import { succession, type Post, type Tenure } from "./succession";
import { yearPosition, type YearRange } from "./timeline";

/** One tenure on the axis (positions in years, e.g. 2018.0 is 1 January 2018). */
export interface TenureBar {
  tenure: Tenure;
  /** Where the bar starts: the stated term's start, or the first observation, whichever is earlier. */
  from: number;
  /** Where the bar ends: the stated term's end, or the last observation, whichever is later. */
  to: number;
  /** Does a source state the start (a term), or is it only the first time the holder is seen? */
  startStated: boolean;
  /** Does a source state the end (a term), or is it only the last time the holder is seen? */
  endStated: boolean;
  /** The span between the first and the last observation, when there is one. */
  observed?: { from: number; to: number } | undefined;
}

/** The holders of a post on a shared time axis. */
export interface SuccessionChart {
  post: Post;
  /** The whole years the axis covers: from 1 January of `first` to 31 December of `last`. */
  axis: YearRange;
  /** One bar per tenure, in the order of `succession` (earliest first). */
  bars: TenureBar[];
}

const lesser = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const greater = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** The bar of one tenure, or `undefined` when none of its dates is a date. */
export function tenureBar(tenure: Tenure): TenureBar | undefined {
  const termFrom = tenure.term.start === undefined ? undefined : yearPosition(tenure.term.start, "start");
  const termTo = tenure.term.end === undefined ? undefined : yearPosition(tenure.term.end, "end");
  const seenFrom = tenure.observed.start === undefined ? undefined : yearPosition(tenure.observed.start, "start");
  const seenTo = tenure.observed.end === undefined ? undefined : yearPosition(tenure.observed.end, "end");
  const from = lesser(termFrom, seenFrom) ?? lesser(termTo, seenTo);
  const to = greater(termTo, seenTo) ?? greater(termFrom, seenFrom);
  if (from === undefined || to === undefined) return undefined;
  const observed = seenFrom !== undefined || seenTo !== undefined ? { from: seenFrom ?? seenTo!, to: seenTo ?? seenFrom! } : undefined;
  return {
    tenure,
    from,
    to: Math.max(from, to),
    startStated: termFrom !== undefined && (seenFrom === undefined || termFrom <= seenFrom),
    endStated: termTo !== undefined && (seenTo === undefined || termTo >= seenTo),
    observed,
  };
}

/**
 * The succession of `post` on a time axis: `axis` when given (so that two posts share one), else the whole years
 * from the first tenure's start to the last one's end.
 */
export function successionChart(dataset: Dataset, post: Post, axis?: YearRange): SuccessionChart {
  const bars = succession(dataset, post).flatMap((t) => tenureBar(t) ?? []);
  let range = axis;
  if (!range && bars.length > 0) {
    const first = Math.floor(Math.min(...bars.map((b) => b.from)));
    const last = Math.ceil(Math.max(...bars.map((b) => b.to))) - 1;
    range = { first, last: Math.max(first, last) };
  }
  return { post, axis: range ?? { first: 0, last: 0 }, bars };
}

/** Where a position (in years) falls on an axis, from 0 (1 January of its first year) to 1 (the end of its last), clamped. */
export function axisFraction(axis: YearRange, position: number): number {
  const span = axis.last + 1 - axis.first;
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (position - axis.first) / span));
}
