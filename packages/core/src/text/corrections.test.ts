import { describe, expect, it } from "vitest";
import { applyCorrections } from "./corrections";

describe("applyCorrections", () => {
  const text = "XXthe Office of";
  const excise = { start: 0, end: 2, after: "", action: "repaired" as const };
  it("applies excisions and insertions at the same point, in order", () => {
    const restore = { start: 6, end: 6, after: "United Nations ", action: "repaired" as const };
    expect(applyCorrections(text, [restore, excise])).toBe("the United Nations Office of");
  });
  it("ignores flagged corrections", () => {
    expect(applyCorrections(text, [{ ...excise, action: "flagged" }])).toBe(text);
  });
  it("applies only the repairs inside a range", () => {
    expect(applyCorrections(text, [excise], 2, 5)).toBe("the");
    expect(applyCorrections(text, [excise], 0, 5)).toBe("the");
  });
});
