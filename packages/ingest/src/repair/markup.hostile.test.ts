import { describe, expect, it } from "vitest";
import { detectMarkup } from "./markup";

// The hostile inputs of `detectMarkup`, in their own file: each run takes seconds (a million characters), so the
// narrow mutation runs of `markup.ts` can leave this file out (`REPAIR_EXCLUDE=markup.hostile`, see
// `vitest.mutation-repair.config.ts`) and test its mutants against the cases in seconds.
describe("detectMarkup on hostile input", () => {
  // Linear expressions finish these in seconds; a backtracking one never would (the generous timeout bounds it).
  it("finishes on hostile input, finding what is markup and nothing else", () => {
    expect(detectMarkup("<".repeat(1_000_000))).toEqual([]);
    expect(detectMarkup("<a ".repeat(300_000))).toEqual([]);
    expect(detectMarkup("&".repeat(1_000_000))).toEqual([]);
    // A run of tags is one removal covering it all.
    expect(detectMarkup("<div>".repeat(200_000))).toMatchObject([{ s: 0, e: 1_000_000, after: "" }]);
    expect(detectMarkup("<script>".repeat(100_000))).toMatchObject([{ s: 0, e: 800_000, after: "" }]);
    // Every escaped "<" is decoded.
    const entities = detectMarkup("&lt;p ".repeat(200_000));
    expect(entities).toHaveLength(200_000);
    expect(entities[0]).toMatchObject({ s: 0, e: 4, after: "<" });
  }, 120_000);
  // Each "<b " asks for the next ">", far away at the end: the scan finds it once and remembers it.
  it("finds the one '>' after many tag openings once, removing only the last tag, the one it closes", () => {
    const text = `${"<b ".repeat(1_000_000)}>`;
    expect(detectMarkup(text)).toMatchObject([{ s: 2_999_997, e: 3_000_001, after: "" }]);
  }, 120_000);
});
