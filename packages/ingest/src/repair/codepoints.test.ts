import { describe, expect, it } from "vitest";
import { codePoints, cpLength, utf16ToCodePointTable } from "./codepoints";

describe("codepoints", () => {
  it("counts astral characters once", () => {
    expect(cpLength("a𠀀b")).toBe(3);
    expect(codePoints("a𠀀b")).toEqual(["a", "𠀀", "b"]);
  });
  it("maps UTF-16 offsets to code points", () => {
    const t = utf16ToCodePointTable("a𠀀b");
    expect([...t]).toEqual([0, 1, 1, 2, 3]);
  });
  it("handles empty text", () => {
    expect(cpLength("")).toBe(0);
    expect([...utf16ToCodePointTable("")]).toEqual([0]);
  });
});
