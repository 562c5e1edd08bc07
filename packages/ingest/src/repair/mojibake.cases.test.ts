import { describe, expect, it } from "vitest";
import { chooseReadings, detectMojibake, readRuns } from "./mojibake";
import { misdecode } from "./charsets";

// Mis-decoded text, edit by edit: where each repair starts and ends (UTF-16), what it writes, why and how sure; which
// runs are read at all, and which charset chain is chosen when several explain a run.

const repaired = (s: number, e: number, before: string, after: string, chain: string, confidence: number) => ({
  kind: "mis-encoding",
  action: "repaired",
  s,
  e,
  after,
  rationale: `"${before}" is text read with the wrong charset (${chain}); read back it is "${after}".`,
  confidence,
});
const choices = (text: string) => [...chooseReadings(readRuns(text))].map(([run, c]) => ({ s: run.s, e: c.e, text: c.reading.text, chain: c.reading.chain.join(" ") }));

describe("detectMojibake, each edit whole", () => {
  it("repairs each run read once with the wrong charset, sure at 0.95, in text order", () => {
    expect(detectMojibake("CÃ´te dâ€™Ivoire and donâ€™t")).toEqual([
      repaired(1, 3, "Ã´", "ô", "win1252>utf8", 0.95),
      repaired(7, 10, "â€™", "’", "win1252>utf8", 0.95),
      repaired(24, 27, "â€™", "’", "win1252>utf8", 0.95),
    ]);
  });
  it("repairs text mis-decoded twice in one edit, less sure (0.85), naming both steps", () => {
    expect(detectMojibake("CÃƒÂ´te")).toEqual([repaired(1, 5, "ÃƒÂ´", "ô", "win1252>utf8, then win1252>utf8", 0.85)]);
  });
  it("takes back the ASCII byte a Big5 decoder swallowed: the edit ends one character after the run", () => {
    const text = misdecode("Chargé d’Affaires – yes", "big5", "win1252");
    expect(text).toBe("Chargˆm d¡¦Affaires ¡V yes");
    expect(detectMojibake(text)).toEqual([
      repaired(5, 7, "ˆm", "é", "win1252>big5", 0.95),
      repaired(9, 12, "¡¦A", "’A", "win1252>big5", 0.95),
      repaired(20, 22, "¡V", "–", "win1252>big5", 0.95),
    ]);
  });
  it("repairs a run of CJK read back as Latin inside a word, or at a word's edge when another run reads the same way", () => {
    const token = misdecode("’s", "utf8", "gbk");
    expect(token).toBe("鈥檚");
    expect(detectMojibake(`Committee${token} work`)).toEqual([repaired(9, 11, token, "’s", "gbk>utf8", 0.95)]);
    // alone at a word's edge it may be a spam token: left to the injection detector
    expect(detectMojibake(`Committee ${token} work`)).toEqual([]);
    expect(detectMojibake(`Committee ${token} work and the Committee${token} plan`)).toEqual([
      repaired(10, 12, token, "’s", "gbk>utf8", 0.95),
      repaired(35, 37, token, "’s", "gbk>utf8", 0.95),
    ]);
  });
});

describe("readRuns", () => {
  it("marks a run inside a word, and one with a letter before it", () => {
    expect(readRuns("CÃ´te").map((r) => [r.s, r.e, r.inWord, r.letterBefore])).toEqual([[1, 3, true, true]]);
    expect(readRuns("The â€œsoft").map((r) => [r.s, r.e, r.inWord, r.letterBefore])).toEqual([[4, 7, false, false]]);
    expect(readRuns("softâ€\u009d targets").map((r) => [r.s, r.e, r.inWord, r.letterBefore])).toEqual([[4, 7, false, true]]);
  });
  it("drops a single typographic mark wherever it stands (the page's own), not a run of two", () => {
    expect(readRuns("2025-10-27 · 95 minutes")).toEqual([]);
    expect(readRuns("← Back")).toEqual([]);
    expect(readRuns("00:00:03 → 00:09:47")).toEqual([]);
    expect(readRuns("Next →")).toEqual([]);
    expect(readRuns("a\n•\nb")).toEqual([]);
    // one mark touching a word is the page's own too ("Terrorism·Committee" was read as mojibake into "’P")
    expect(readRuns("a ·b")).toEqual([]);
    expect(readRuns("Terrorism·Committee")).toEqual([]);
    expect(readRuns("a ·· b").map((r) => [r.s, r.e])).toEqual([[2, 4]]);
  });
  it("reads a run with no reading without one genuine character at its start", () => {
    const token = misdecode("’s", "utf8", "gbk");
    expect(readRuns(`Committee…${token}`).map((r) => [r.s, r.e, r.text])).toEqual([[10, 12, token]]);
  });
  it("keeps a run whole when it is short, or when no end can go", () => {
    expect(readRuns("x é y").map((r) => [r.s, r.e, r.text])).toEqual([[2, 3, "é"]]);
    expect(readRuns("x éè y").map((r) => [r.s, r.e, r.text])).toEqual([[2, 4, "éè"]]);
  });
});

describe("chooseReadings", () => {
  it("prefers, among readings as good, the charset chain that explains most of the document", () => {
    // "Ã´" reads as "ô" through windows-1252 or latin1 alike; "â€™" only through windows-125x
    expect(choices("CÃ´te dâ€™Ivoire")).toEqual([
      { s: 1, e: 3, text: "ô", chain: "win1252>utf8" },
      { s: 7, e: 10, text: "’", chain: "win1252>utf8" },
    ]);
    // "Ã\u0089" (UTF-8 "É" with its second byte shown as a C1 control) reads only through latin1
    expect(choices("CAFÃ\u0089 and CÃ´te")).toEqual([
      { s: 3, e: 5, text: "É", chain: "latin1>utf8" },
      { s: 11, e: 13, text: "ô", chain: "latin1>utf8" },
    ]);
  });
  it("chooses a reading in another script for a mis-decoded spam token", () => {
    const text = misdecode("the 缅北禁地Office", "utf8", "win1252");
    expect(choices(text)).toEqual([{ s: 4, e: 16, text: "缅北禁地", chain: "win1252>utf8" }]);
    expect(detectMojibake(text)).toEqual([]);
  });
  it("chooses nothing for a run with no reading", () => {
    expect(choices("Côte and Zürich")).toEqual([]);
  });
});
