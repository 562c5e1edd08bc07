import { describe, expect, it } from "vitest";
import { readRun } from "./decode-run";
import { misdecode } from "./charsets";

// Readings of a run already in another script: a Latin word whose accented letter and the ASCII letter after it were
// read as one Chinese character (windows-1252 bytes decoded as GBK or Big5). Only the reading's non-ASCII characters
// count against the run's length. The words are our own, damaged inside the tests.

const row = (run: string) => readRun(run).map((r) => [r.text, r.chain.join(" "), r.gain, r.nature]);

describe("readRun: one character of another script", () => {
  it("reads back an accented letter and the ASCII letter after it (windows-1252 read as GBK), ASCII not counted", () => {
    const run = misdecode("résumé", "win1252", "gbk").slice(1, 2);
    expect(run).toBe("閟");
    expect(row(run)).toEqual([
      ["és", "gbk>win1252", 2.5, "latin"],
      ["és", "gbk>latin1", 2.5, "latin"],
      ["és", "gbk>win1250", 2.5, "latin"],
      ["ŹX", "gbk>big5 gbk>win1250", 2, "latin"],
      ["és", "gbk>big5 big5>win1252", 2, "latin"],
      ["és", "gbk>big5 big5>latin1", 2, "latin"],
      ["és", "gbk>big5 big5>win1250", 2, "latin"],
    ]);
  });
  it("never reads it into two non-ASCII characters (its GBK bytes as windows-1252 would be a letter and a quotation mark)", () => {
    const run = misdecode("naïve", "win1252", "big5").slice(2, 3);
    expect(run).toBe("鴳");
    expect(misdecode(run, "gbk", "win1252")).toBe("ø‘");
    expect(row(run)).toEqual([
      ["ïv", "big5>win1252", 2.5, "latin"],
      ["ïv", "big5>latin1", 2.5, "latin"],
      ["ďv", "big5>win1250", 2.5, "latin"],
      ["ďv", "big5>win1252 win1252>win1250", 2, "latin"],
      ["ďv", "big5>win1252 latin1>win1250", 2, "latin"],
      ["ďv", "big5>latin1 win1252>win1250", 2, "latin"],
      ["ďv", "big5>latin1 latin1>win1250", 2, "latin"],
      ["ïv", "big5>win1250 win1250>win1252", 2, "latin"],
      ["ïv", "big5>win1250 win1250>latin1", 2, "latin"],
      ["ïv", "big5>gbk gbk>win1252", 2, "latin"],
      ["ïv", "big5>gbk gbk>latin1", 2, "latin"],
      ["ďv", "big5>gbk gbk>win1250", 2, "latin"],
    ]);
  });
});
