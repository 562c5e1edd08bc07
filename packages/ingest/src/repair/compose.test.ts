import { describe, expect, it } from "vitest";
import { composeEdits } from "./compose";
import { applyEdits, resolveEdits } from "./merge";
import type { Edit } from "./types";

const edit = (s: number, e: number, after: string, action: Edit["action"] = "repaired"): Edit => ({
  kind: "duplicate-text",
  action,
  s,
  e,
  after,
  rationale: "test",
  confidence: 1,
});

describe("composeEdits", () => {
  it("maps second-pass edits back through first-pass edits", () => {
    const input = "<p>the the cat</p>";
    const first = resolveEdits(input, [
      { ...edit(0, 3, ""), kind: "markup-removed" },
      { ...edit(14, 18, ""), kind: "markup-removed" },
    ]);
    const mid = applyEdits(input, first);
    expect(mid).toBe("the the cat");
    const second = [{ ...edit(3, 7, ""), kind: "doubled-word" as const }];
    const all = composeEdits(input, first, mid, second);
    expect(applyEdits(input, all)).toBe("the cat");
    expect(all).toHaveLength(3);
  });
  it("absorbs first-pass edits inside a second-pass excision", () => {
    const input = "A para here.\n<p>Dup <b>text</b></p>";
    const first = resolveEdits(input, [{ ...edit(12, 16, "\n\n"), kind: "markup-removed" }, { ...edit(20, 23, ""), kind: "markup-removed" }, { ...edit(27, 35, ""), kind: "markup-removed" }]);
    const mid = applyEdits(input, first);
    expect(mid).toBe("A para here.\n\nDup text");
    const all = composeEdits(input, first, mid, [edit(12, 22, "")]);
    expect(applyEdits(input, all)).toBe("A para here.");
  });
  it("drops a flag that would swallow a change", () => {
    const input = "x <b>y</b> z";
    const first = resolveEdits(input, [{ ...edit(2, 5, ""), kind: "markup-removed" }, { ...edit(6, 10, ""), kind: "markup-removed" }]);
    const mid = applyEdits(input, first);
    const all = composeEdits(input, first, mid, [edit(0, mid.length, mid, "flagged")]);
    expect(all.every((e) => e.action === "repaired")).toBe(true);
  });
});
