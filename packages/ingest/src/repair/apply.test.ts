import { describe, expect, it } from "vitest";
import { applyRepairs } from "./apply";
import type { Repair } from "./types";

const r = (start: number, end: number, before: string, after: string, action: Repair["action"] = "repaired"): Repair => ({
  kind: "doubled-word",
  action,
  start,
  end,
  before,
  after,
  rationale: "test",
  confidence: 1,
});

describe("applyRepairs", () => {
  it("applies replacements, excisions and insertions in code points", () => {
    expect(applyRepairs("𠀀ab cd", [r(1, 2, "a", "A"), r(3, 3, "", "x"), r(4, 6, "cd", "")])).toBe("𠀀Abx ");
  });
  it("keeps flagged spans", () => {
    expect(applyRepairs("ab", [r(0, 1, "a", "a", "flagged")])).toBe("ab");
  });
  it("allows an insertion at the boundary of an excision", () => {
    expect(applyRepairs("the XOffice", [r(4, 5, "X", ""), r(5, 5, "", "UN ")])).toBe("the UN Office");
  });
  it("rejects overlaps and mismatched before", () => {
    expect(() => applyRepairs("abc", [r(0, 2, "ab", ""), r(1, 3, "bc", "")])).toThrow();
    expect(() => applyRepairs("abc", [r(0, 1, "x", "")])).toThrow();
  });
});
