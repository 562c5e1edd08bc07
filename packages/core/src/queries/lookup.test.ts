import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import { indexById, lookup, perDataset } from "./lookup";

describe("indexById", () => {
  it("finds each record of any list by its id, and nothing for an unknown id", () => {
    const records = [{ id: "a", n: 1 }, { id: "b", n: 2 }, { id: "c", n: 3 }];
    const index = indexById(records);
    expect(index.get("b")).toBe(records[1]);
    expect(index.get("c")?.n).toBe(3);
    expect(index.get("d")).toBeUndefined();
    expect(index.size).toBe(3);
  });

  it("keeps the last of two records with one id", () => {
    expect(indexById([{ id: "a", n: 1 }, { id: "a", n: 2 }]).get("a")?.n).toBe(2);
  });

  it("is what lookup(dataset) holds for a dataset's collections", () => {
    expect([...indexById(dataset.people)]).toEqual([...lookup(dataset).person]);
  });
});

describe("perDataset", () => {
  it("derives once per dataset object, and again for another dataset", () => {
    const calls: number[] = [];
    const count = perDataset((d) => {
      calls.push(d.meetings.length);
      return { meetings: d.meetings.length };
    });
    const first = count(dataset);
    expect(count(dataset)).toBe(first);
    const other = { ...dataset, meetings: dataset.meetings.slice(0, 1) };
    expect(count(other)).toEqual({ meetings: 1 });
    expect(calls).toEqual([dataset.meetings.length, 1]);
  });

  it("caches an undefined result too", () => {
    let calls = 0;
    const nothing = perDataset(() => {
      calls += 1;
      return undefined;
    });
    nothing(dataset);
    nothing(dataset);
    expect(calls).toBe(1);
  });
});
