import { describe, expect, it } from "vitest";
import { decodeStrict, encodeExact, misdecode } from "./charsets";

describe("charsets", () => {
  it("reproduces classic mojibake", () => {
    expect(misdecode("don’t", "utf8", "win1252")).toBe("donâ€™t");
    expect(misdecode("’", "gbk", "latin1")).toBe("¡¯");
    expect(misdecode("Côte", "utf8", "latin1")).toBe("CÃ´te");
  });
  it("encodes exactly or not at all", () => {
    expect(encodeExact("缅", "big5")).toEqual([]);
    expect(encodeExact("ô", "win1252")[0]?.[0]).toBe(0xf4);
  });
  it("treats U+FFFD from an undefined windows-1252 byte as any undefined byte", () => {
    const options = encodeExact("â€\uFFFD", "win1252");
    const readings = options.map((b) => decodeStrict(b, "utf8"));
    expect(readings).toContain("”");
  });
  it("refuses invalid bytes", () => {
    expect(decodeStrict(Buffer.from([0xe9]), "utf8")).toBeNull();
  });
});
