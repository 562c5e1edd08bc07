// The one statistics helper of every benchmark in the workspace: medians, percentiles and spread of samples.

/** Summary of samples (milliseconds or any unit): count, median, 95th percentile, quartiles, min and max. */
export interface Stats {
  n: number;
  median: number;
  p95: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** The `q`-quantile (0..1) of ascending `sorted` samples, interpolated linearly between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

/** The median of `samples` (NaN for none). */
export function median(samples: readonly number[]): number {
  return quantile([...samples].sort((a, b) => a - b), 0.5);
}

/** Summary statistics of `samples` (NaN fields for none). */
export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0] ?? Number.NaN, max: s[s.length - 1] ?? Number.NaN };
}
