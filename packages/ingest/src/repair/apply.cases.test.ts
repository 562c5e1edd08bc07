import { describe, expect, it } from "vitest";
import { applyRepairs } from "./apply";
import type { Repair } from "./types";

const r = (start: number, end: number, before: string, after: string): Repair => ({
  kind: "markup-removed",
  action: "repaired",
  start,
  end,
  before,
  after,
  rationale: "synthetic",
  confidence: 1,
});

describe("applyRepairs, its checks", () => {
  it("accepts repairs that touch each other and the ends of the text, in code points", () => {
    expect(applyRepairs("𠀀ab", [r(0, 1, "𠀀", "X"), r(1, 2, "a", "Y"), r(3, 3, "", "!")])).toBe("XYb!");
    expect(applyRepairs("ab", [r(0, 2, "ab", "")])).toBe("");
    expect(applyRepairs("ab", [])).toBe("ab");
  });
  it("rejects a repair that starts before the previous one ends", () => {
    expect(() => applyRepairs("abc", [r(0, 2, "ab", ""), r(1, 1, "", "x")])).toThrow("repair markup-removed at 1-1 overlaps or is out of range");
  });
  it("rejects a span that ends before it starts, starts before 0 or ends past the text", () => {
    expect(() => applyRepairs("abc", [r(2, 1, "", "")])).toThrow("repair markup-removed at 2-1 overlaps or is out of range");
    expect(() => applyRepairs("abc", [r(-1, 0, "", "")])).toThrow("repair markup-removed at -1-0 overlaps or is out of range");
    expect(() => applyRepairs("𠀀a", [r(1, 3, "a", "")])).toThrow("repair markup-removed at 1-3 overlaps or is out of range");
  });
  it("rejects a before that is not the input's text at the span", () => {
    expect(() => applyRepairs("abc", [r(1, 2, "c", "")])).toThrow("repair markup-removed at 1: before does not match the input");
    expect(() => applyRepairs("𠀀a", [r(1, 2, "\udc00", "")])).toThrow("repair markup-removed at 1: before does not match the input");
  });
});
