import { describe, expect, it } from "vitest";
import { median, quantile, stats } from "./stats";

describe("stats", () => {
  it("takes the middle sample, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("interpolates percentiles between neighbouring samples", () => {
    const samples = Array.from({ length: 21 }, (_, i) => i * 10);
    expect(quantile(samples, 0.95)).toBe(190);
    expect(stats(samples)).toEqual({ n: 21, median: 100, p95: 190, q1: 50, q3: 150, min: 0, max: 200 });
  });
  it("does not reorder the caller's samples", () => {
    const samples = [3, 1, 2];
    stats(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
  it("gives NaN, not a crash, for no samples", () => {
    expect(stats([]).median).toBeNaN();
    expect(stats([]).n).toBe(0);
  });
});
