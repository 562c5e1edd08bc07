import { describe, expect, it } from "vitest";
import { detectNameWordSlips } from "./name-words";

// A known name written before its acronym with one small joining word wrong (names and texts invented for these tests).

const AGENCY = "Northern Agency for Ports and Shipping";
const fix = (text: string, known: readonly string[] = [AGENCY]) => detectNameWordSlips(text, known).map((e) => [text.slice(e.s, e.e), e.after, e.kind, e.action]);

describe("detectNameWordSlips", () => {
  it("repairs the joining word of a known name written before its acronym", () => {
    const text = "Officers of the Northern Agency of Ports and Shipping (NAPS) met in May.";
    expect(fix(text)).toStrictEqual([["of", "for", "typo", "repaired"]]);
    const [e] = detectNameWordSlips(text, [AGENCY]);
    expect(e!.s).toBe(text.indexOf("of Ports"));
    expect(e!.rationale).toMatch(/\(NAPS\)/u);
  });

  it("repairs it when the name's first words are cut off (by a token, or a word in lower case)", () => {
    expect(fix("with the 乌龙 Agency of Ports and Shipping (NAPS) today")).toStrictEqual([["of", "for", "typo", "repaired"]]);
    expect(fix("with the Agency of Ports and Shipping (NAPS) today")).toStrictEqual([["of", "for", "typo", "repaired"]]);
  });

  it("leaves the name alone when it is written right, or when its acronym is another's", () => {
    expect(fix("the Northern Agency for Ports and Shipping (NAPS) met")).toStrictEqual([]);
    expect(fix("the Northern Agency of Ports and Shipping (NAS) met")).toStrictEqual([]);
  });

  it("needs three capitalised words of the name, one before the slip", () => {
    // "of Ports and Shipping": nothing of the name before the slip
    expect(fix("the audit of Ports and Shipping (NAPS) went on")).toStrictEqual([]);
  });

  it("does not repair a name with two words wrong or a capitalised word of another name before it", () => {
    expect(fix("the Northern Agency of Ports in Shipping (NAPS) met")).toStrictEqual([]);
    expect(fix("the Northern Agency of Ports and Shipping (NAPS) met", ["Northern Agency for Ports and Deep Shipping", "Agency for Ports and Shipping"])).toStrictEqual([]);
    expect(fix("the Northern Agency of Ports and Shipping Lanes (NAPSL) met", ["Northern Agency for Ports and Shipping Lanes"])).toStrictEqual([["of", "for", "typo", "repaired"]]);
    expect(fix("the Agency of Ports and Shipping Lanes (NAPSL) met", ["Northern Agency for Ports in Shipping Lanes"])).toStrictEqual([]);
    expect(fix("the Southern Agency of Ports and Shipping (NAPS) met")).toStrictEqual([]);
  });

  it("leaves a name known as written alone (an alternate name with the other joining word)", () => {
    expect(fix("the Northern Agency of Ports and Shipping (NAPS) met", [AGENCY, "Northern Agency of Ports and Shipping"])).toStrictEqual([]);
  });

  it("does not choose between two known names that fit", () => {
    expect(fix("the Agency of Ports and Shipping (NAPS) met", [AGENCY, "Northern Agency in Ports and Shipping"])).toStrictEqual([]);
  });
});
