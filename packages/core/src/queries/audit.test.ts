// The audit's seeded sample: the generator gives mulberry32's published numbers, and a sample is the same draw for the
// same seed everywhere (an audit names its seed so that anyone can redraw it), sorted by date then id.
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import { auditSample, mulberry32 } from "./audit";

describe("mulberry32", () => {
  it("gives the reference numbers of mulberry32 (seed 1: 0.6270739405881613 is the value other implementations give)", () => {
    const one = mulberry32(1);
    expect([one(), one(), one()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const zero = mulberry32(0);
    expect([zero(), zero()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });
});

describe("auditSample", () => {
  /** 14 meetings m00–m13 on three dates; the last two are drafts, never sampled. */
  function meetings(): Dataset {
    const d = structuredClone(dataset);
    const base = d.meetings[0]!;
    d.meetings = Array.from({ length: 14 }, (_, i) => {
      const day = `2031-0${1 + (i % 3)}-01`;
      return { ...structuredClone(base), id: `m${String(i).padStart(2, "0")}`, dates: { ...base.dates, value: { start: day, end: day } }, review: { ...base.review, state: i >= 12 ? "draft" : "curated" } };
    }) as Dataset["meetings"];
    return d;
  }
  it("draws the same curated meetings for the same seed, sorted by date and then id", () => {
    const sample = auditSample(meetings(), { seed: 7, size: 5 }).map((m) => [m.id, m.dates.value.start]);
    expect(sample).toEqual([
      ["m03", "2031-01-01"],
      ["m01", "2031-02-01"],
      ["m07", "2031-02-01"],
      ["m10", "2031-02-01"],
      ["m05", "2031-03-01"],
    ]);
  });
  it("does not depend on the dataset's order, and holds every curated meeting when the size allows", () => {
    const d = meetings();
    const shuffled = { ...d, meetings: [...d.meetings].reverse() };
    expect(auditSample(shuffled, { seed: 7, size: 5 })).toEqual(auditSample(d, { seed: 7, size: 5 }));
    expect(auditSample(d, { seed: 3, size: 99 }).map((m) => m.id).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `m${String(i).padStart(2, "0")}`));
  });
});
