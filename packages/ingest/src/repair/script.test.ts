import { describe, expect, it } from "vitest";
import { charClass, implausibility, isCleanLatin, isLatinProse } from "./script";

describe("script", () => {
  it("classifies characters", () => {
    expect(charClass("a".codePointAt(0) ?? 0)).toBe("ascii");
    expect(charClass("é".codePointAt(0) ?? 0)).toBe("latin");
    expect(charClass("’".codePointAt(0) ?? 0)).toBe("punct");
    expect(charClass("¯".codePointAt(0) ?? 0)).toBe("symbol");
    expect(charClass("缅".codePointAt(0) ?? 0)).toBe("foreign");
    expect(charClass("Ж".codePointAt(0) ?? 0)).toBe("foreign");
    expect(charClass(0x9d)).toBe("control");
    expect(charClass(0xfffd)).toBe("bad");
  });
  it("scores mojibake worse than its reading", () => {
    expect(implausibility("Ã´")).toBeGreaterThan(implausibility("ô") + 2);
    expect(implausibility("â€™")).toBeGreaterThan(implausibility("’") + 2);
    expect(implausibility("¡¯")).toBeGreaterThan(implausibility("’") + 2);
  });
  it("accepts clean Latin and rejects letter soup", () => {
    expect(isCleanLatin("Michèle")).toBe(true);
    expect(isCleanLatin("çĽ…ĺŚ—ç¦ĺś°")).toBe(false);
    expect(isCleanLatin("缅")).toBe(false);
  });
  it("recognises Latin prose", () => {
    expect(isLatinProse("The Committee held an open briefing on the protection of soft targets.")).toBe(true);
    expect(isLatinProse("反恐怖主义委员会举行了公开通报会，讨论保护软目标的问题。")).toBe(false);
  });
});
