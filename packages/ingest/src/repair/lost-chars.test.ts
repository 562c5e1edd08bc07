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
  it("reads a run of thousands of lost letters without building an expression from it (it overflowed the stack)", () => {
    const text = `${"?a".repeat(50_000)} and C?te`;
    const edits = detectLostChars(text, ["Côte d'Ivoire"]);
    expect(edits.map((e) => e.after)).toEqual(["Côte"]);
  });
  it("restores a country name from the Member States the ingest knows, with one candidate", async () => {
    const { knownNames } = await import("../ingest");
    const names = knownNames({ organizations: [], people: [] } as unknown as Parameters<typeof knownNames>[0]);
    const [e] = detectLostChars("The delegation of T?rkiye took the floor.", names);
    expect(e?.action).toBe("repaired");
    expect(e?.after).toBe("Türkiye");
  });
  it("ignores questions, URLs and clean text", () => {
    expect(detectLostChars("Why? Because. See https://example.org/page?id=3 and index.php?q=x", [])).toEqual([]);
    expect(detectLostChars("Is it clean? Yes.", [])).toEqual([]);
  });
});
