import { describe, expect, it } from "vitest";
import { fold, slugify } from "./fold";

describe("fold", () => {
  it("drops accents and case, keeping letters of every script", () => {
    expect(fold("Méza-Cuadra ÉTÉ")).toBe("meza-cuadra ete");
    expect(fold("ﬁ Ǆ")).toBe("fi dz");
    expect(fold("缅北")).toBe("缅北");
  });
});

describe("slugify", () => {
  it("makes ids of lower-case ASCII words", () => {
    expect(slugify("Protection of “soft” targets through local engagement")).toBe("protection-of-soft-targets-through-local-engagement");
    expect(slugify("Réseau des Villes Fortes", 2)).toBe("reseau-des");
    expect(slugify("  --  ")).toBe("");
  });

  it("is at most 100 characters and never ends with a hyphen", () => {
    const slug = slugify(`${"abcdefghi ".repeat(30)}`, 30);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug.endsWith("-")).toBe(false);
  });
});
