import { describe, expect, it } from "vitest";
import { detectLostLinks } from "./link-targets";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

describe("detectLostLinks", () => {
  it("flags a space before the final period", () => {
    const t = "More photos can be found on CTED’s .\n\nWatch the full webcast of the meeting .\nThe documents are available .";
    const edits = detectLostLinks(t);
    expect(edits.map((e) => t.slice(e.s, e.e))).toEqual(["CTED’s .", "meeting .", "available ."]);
    expect(edits.every((e) => e.action === "flagged" && e.kind === "lost-link-target")).toBe(true);
  });
  it("flags a double space between words", () => {
    const t = "The statement by  was read.";
    expect(detectLostLinks(t).map((e) => t.slice(e.s, e.e))).toEqual(["  "]);
  });
  it("ignores ellipses, sentence spacing, NBSP lines and clean text", () => {
    expect(detectLostLinks("Wait ... and see.  Then go.\n\u00a0\nDone.")).toEqual([]);
    expect(detectLostLinks(CLEAN_RELEASE)).toEqual([]);
  });
});

describe("detectLostLinks on hostile input", () => {
  it("stays linear on a long run without spaces (it timed out when the word was unbounded)", () => {
    const run = "&lt;".repeat(100_000);
    expect(detectLostLinks(`${run} .`)).toEqual([]);
    expect(detectLostLinks(`${run} see the webcast .`).map((e) => e.after)).toEqual(["webcast ."]);
  });
});
