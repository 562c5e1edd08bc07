import { describe, expect, it } from "vitest";
import { detectQuoteProblems } from "./quotes";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

describe("detectQuoteProblems", () => {
  it("repairs a doubled mark", () => {
    const t = "He said ““soft” targets.";
    const [e] = detectQuoteProblems(t);
    expect(e?.action).toBe("repaired");
    expect(t.slice(e?.s, e?.e)).toBe("“");
    expect(e?.after).toBe("");
  });
  it("flags an unclosed opening mark and a stray closing mark", () => {
    expect(detectQuoteProblems("He said “soft targets.\n\nNext paragraph.")[0]?.action).toBe("flagged");
    expect(detectQuoteProblems("He said soft” targets.")[0]?.action).toBe("flagged");
    expect(detectQuoteProblems('He said "soft targets.')[0]?.action).toBe("flagged");
  });
  it("accepts quotations running over paragraphs and clean text", () => {
    expect(detectQuoteProblems("“First part of the quote.\n\n“Second part,” he said.")).toEqual([]);
    expect(detectQuoteProblems(CLEAN_RELEASE)).toEqual([]);
  });
});
