import { describe, expect, it } from "vitest";
import { COLLECTIONS } from "../src/collections";
import { dataset } from "../src/dataset";
import { validateDataset } from "../src/validate/validate-dataset";
import { copyOfSeed } from "./rule-helpers";

describe("the seed dataset of the rule tests", () => {
  it("is valid under the schemas and every rule, and holds records of every collection", () => {
    const seed = copyOfSeed();
    expect(validateDataset(seed).problems).toEqual([]);
    for (const c of COLLECTIONS) expect(seed[c].length, c).toBeGreaterThan(0);
    expect(seed.meetings.map((m) => m.id)).toContain(dataset.meetings[0]!.id);
    expect(seed.sources.some((s) => s.archive)).toBe(true);
  });
});
