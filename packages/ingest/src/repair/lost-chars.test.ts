import { describe, expect, it } from "vitest";
import { detectLostChars } from "./lost-chars";

describe("detectLostChars", () => {
  it("restores from known names", () => {
    const [e] = detectLostChars("Representatives of C?te d'Ivoire spoke.", ["Côte d'Ivoire"]);
    expect(e?.action).toBe("repaired");
    expect(e?.after).toBe("Côte");
  });
  it("restores from another occurrence in the text", () => {
    const [e] = detectLostChars("Mich?le Coninsx opened. Michèle Coninsx closed.", []);
    expect(e?.after).toBe("Michèle");
  });
  it("restores when a multi-byte letter became several question marks", () => {
    expect(detectLostChars("S??o Paulo", ["São Paulo"])[0]?.after).toBe("São");
  });
  it("flags when undetermined", () => {
    const [e] = detectLostChars("Mich?le Coninsx opened.", []);
    expect(e?.action).toBe("flagged");
    expect(e?.after).toBe("Mich?le");
  });
  it("ignores questions, URLs and clean text", () => {
    expect(detectLostChars("Why? Because. See https://example.org/page?id=3 and index.php?q=x", [])).toEqual([]);
    expect(detectLostChars("Is it clean? Yes.", [])).toEqual([]);
  });
});
