import { sliceCodePoints, toCodePointOffset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { countCodePoints, TextBuilder } from "./text-builder";

describe("countCodePoints", () => {
  it("counts a surrogate pair as one code point", () => {
    expect(countCodePoints("a𠮷b")).toBe(3);
    expect(countCodePoints("“quoted”")).toBe(8);
    expect(countCodePoints("")).toBe(0);
  });
});

describe("TextBuilder", () => {
  it("hands out code point ranges and fills spans with exact text and context", () => {
    const b = new TextBuilder("src");
    b.add("𠮷野家\n\n");
    b.add("On 1 May 2020, Ms. ");
    const name = b.add("Zoë Müller");
    b.add(" spoke.");
    const span = b.span(name);
    const text = b.finish();
    expect(span).toEqual({ kind: "span", source: "src", start: name.start, end: name.end, exact: "Zoë Müller", prefix: "𠮷野家\n\nOn 1 May 2020, Ms. ", suffix: " spoke." });
    expect(name.start).toBe(toCodePointOffset(text, text.indexOf("Zoë")));
    expect(name.start).toBeLessThan(text.indexOf("Zoë"));
    expect(sliceCodePoints(text, name.start, name.end)).toBe("Zoë Müller");
  });

  it("keeps prefix and suffix to 32 code points and leaves out empty ones", () => {
    const b = new TextBuilder("src");
    const first = b.add("Headline");
    b.add(` ${"x".repeat(40)} `);
    const last = b.add("end");
    const [a, z] = [b.span(first), b.span(last)];
    b.finish();
    expect(a.prefix).toBeUndefined();
    expect(a.suffix).toHaveLength(32);
    expect(z.suffix).toBeUndefined();
    expect(z.prefix).toHaveLength(32);
  });

  it("refuses an empty span", () => {
    const b = new TextBuilder("src");
    const empty = b.add("");
    expect(() => b.span(empty)).toThrow(/empty span/);
  });
});
