import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";

/**
 * mulberry32: a small, fast, seeded pseudo-random generator of floats in [0, 1) (the same seed gives the same
 * draw everywhere): the audit's sample, and the synthetic datasets of @briefings/synthetic.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random sample of curated meetings for an audit, drawn by a seeded generator so that anyone can
 * redraw it: the curated meetings in id order, shuffled (Fisher-Yates), the first `size` kept, then
 * sorted by date.
 */
export function auditSample(dataset: Dataset, options: { seed: number; size: number }): Meeting[] {
  const pool = dataset.meetings.filter((m) => m.review.state === "curated").sort((a, b) => a.id.localeCompare(b.id));
  const random = mulberry32(options.seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, options.size).sort((a, b) => a.dates.value.start.localeCompare(b.dates.value.start) || a.id.localeCompare(b.id));
}
