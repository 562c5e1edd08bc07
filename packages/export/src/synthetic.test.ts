import { validateDataset } from "@briefings/core/validate";
import { describe, expect, it } from "vitest";
import { seed } from "../test/helpers";
import { syntheticDataset } from "./synthetic";

const dataset = await seed();

describe("synthetic dataset", () => {
  it("clones the seed into a larger dataset that is still valid", () => {
    const big = syntheticDataset(dataset, 200);
    expect(big.meetings).toHaveLength(200);
    const n = dataset.meetings.length;
    const perMeeting = (id: string) => dataset.participations.filter((p) => p.meeting === id).length;
    let expected = dataset.participations.length;
    for (let k = 1; k <= 200 - n; k++) expected += perMeeting(dataset.meetings[(k - 1) % n]!.id);
    expect(big.participations).toHaveLength(expected);
    expect(new Set(big.meetings.map((m) => m.id)).size).toBe(200);
    const result = validateDataset(big);
    expect(result.problems).toEqual([]);
  });

  it("leaves the seed unchanged", () => {
    const copy = structuredClone(dataset);
    syntheticDataset(dataset, 5);
    expect(dataset).toEqual(copy);
  });
});
