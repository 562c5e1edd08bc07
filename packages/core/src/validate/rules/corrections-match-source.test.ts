import { describe, expect, it } from "vitest";
import { correctionsMatchSource } from "./corrections-match-source";
import { copyOfDataset, described } from "../../../test/rule-helpers";

describe("corrections-match-source", () => {
  it("accepts the curated dataset", () => {
    expect(correctionsMatchSource.check(copyOfDataset())).toEqual([]);
  });

  it("reports a correction whose before is not the source text", () => {
    const d = copyOfDataset();
    d.corrections[1]!.before = "Something else";
    expect(described(correctionsMatchSource.check(d))).toEqual([expect.stringMatching(/^corrections\.1\.before: before "Something else" differs/)]);
  });

  it("reports overlapping repairs", () => {
    const d = copyOfDataset();
    const excision = d.corrections.find((c) => c.kind === "injected-text-excised" && c.start > 0)!;
    d.corrections.push({ ...excision, id: "overlapping", start: excision.start + 1, end: excision.end, before: excision.before.slice(1) });
    expect(described(correctionsMatchSource.check(d))).toEqual([expect.stringMatching(/overlaps the repair/)]);
  });
});
