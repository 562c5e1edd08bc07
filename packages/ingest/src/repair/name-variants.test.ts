import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectNameVariants } from "./name-variants";

const text = readFileSync(new URL("../../test/fixtures/synthetic-name-variants.txt", import.meta.url), "utf8");
const known = ["Ana Kovačič", "Bruno Sørvik"];
const at = (word: string, from = 0) => text.indexOf(word, from);

describe("detectNameVariants (synthetic-name-variants.txt)", () => {
  it("repairs a known name written with a different mark to its known spelling", () => {
    const edits = detectNameVariants(text, known);
    const r = edits.find((e) => e.s === at("Kovačić"));
    expect(r).toMatchObject({ kind: "name-variant", action: "repaired", after: "Kovačič" });
  });
  it("flags, and does not change, a known name written without its marks beside another word of the name", () => {
    const edits = detectNameVariants(text, known);
    const f = edits.find((e) => e.s === at("Kovacic"));
    expect(f).toMatchObject({ kind: "name-variant", action: "flagged", after: "Kovacic" });
  });
  it("leaves a name written as known, and a plain spelling standing alone", () => {
    const edits = detectNameVariants(text, known);
    expect(edits.some((e) => e.s === at("Kovačič"))).toBe(false);
    expect(edits.some((e) => e.s === at("Sørvik"))).toBe(false);
    expect(edits.some((e) => e.s === at("Sorvik"))).toBe(false);
    expect(edits).toHaveLength(2);
  });
  it("does nothing without known names with marks", () => {
    expect(detectNameVariants(text, ["Plain Name"])).toEqual([]);
  });
});
