import { describe, expect, it } from "vitest";
import { detectDoubledWords } from "./doubled-words";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

describe("detectDoubledWords", () => {
  it("repairs plain doubles", () => {
    const t = "to to the the Committee; The the end";
    const edits = detectDoubledWords(t);
    expect(edits.map((e) => [e.action, t.slice(e.s, e.e)])).toEqual([
      ["repaired", " to"],
      ["repaired", " the"],
      ["repaired", " the"],
    ]);
  });
  it("flags legitimate-looking doubles, names, case changes and line breaks", () => {
    expect(detectDoubledWords("He said that that approach works.")[0]?.action).toBe("flagged");
    expect(detectDoubledWords("They had had enough.")[0]?.action).toBe("flagged");
    expect(detectDoubledWords("A trip to Bora Bora.")[0]?.action).toBe("flagged");
    expect(detectDoubledWords("the\nthe end")[0]?.action).toBe("flagged");
  });
  it("ignores paragraph breaks, hyphenated and numeric neighbours, and clean text", () => {
    expect(detectDoubledWords("the end\n\nEnd of story")).toEqual([]);
    expect(detectDoubledWords("Chair\n\nChair's remarks")).toEqual([]);
    expect(detectDoubledWords("a well-known known issue")).toEqual([]);
    expect(detectDoubledWords(CLEAN_RELEASE)).toEqual([]);
  });
});
