import { describe, expect, it } from "vitest";
import { hasUnsafe } from "@briefings/core/text";
import { serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  const hostile = { name: "</script><script>alert(1)</script>", note: "a & b > c <!-- d", sep: "x\u2028y\u2029z", bidi: "a\u202eb\u0085c\u200bd" };

  it("escapes <, > and & so no string can close the script element", () => {
    const out = serializeJsonLd(hostile);
    expect(out).not.toMatch(/[<>&]/);
    expect(out).not.toContain("\u2028");
    expect(out).not.toContain("\u2029");
    expect(hasUnsafe(out)).toBe(false);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(out).toContain("\\u0026");
  });

  it("parses back to the same value", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    expect(JSON.parse(serializeJsonLd([1, "two", null]))).toEqual([1, "two", null]);
  });

  it("writes null for undefined", () => {
    expect(serializeJsonLd(undefined)).toBe("null");
  });
});
