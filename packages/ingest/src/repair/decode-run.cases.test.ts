import { describe, expect, it } from "vitest";
import { findRuns, MAX_READ_RUN, readRun } from "./decode-run";
import { misdecode } from "./charsets";
import { classCounts, implausibility } from "./script";

// The two steps under the mis-decoding repair: the runs of non-ASCII text it reads, and the readings it proposes for
// one run (each one what the run was before a wrong decoder got it, scored by how much more plausible it is).

describe("findRuns", () => {
  it("finds each maximal run of non-ASCII characters, by UTF-16 offsets, at the start, inside and at the end", () => {
    expect(findRuns("plain ASCII text")).toEqual([]);
    expect(findRuns("Côte and Zürich")).toEqual([
      { s: 1, e: 2, text: "ô" },
      { s: 10, e: 11, text: "ü" },
    ]);
    expect(findRuns("éa")).toEqual([{ s: 0, e: 1, text: "é" }]);
    expect(findRuns("aé")).toEqual([{ s: 1, e: 2, text: "é" }]);
    expect(findRuns("a ÃƒÂ´ b")).toEqual([{ s: 2, e: 6, text: "ÃƒÂ´" }]);
    expect(findRuns("a😀b")).toEqual([{ s: 1, e: 3, text: "😀" }]);
  });
  it("skips runs made only of spaces (no-break, thin, narrow, ideographic), one or several", () => {
    expect(findRuns("a\u00a0b")).toEqual([]);
    expect(findRuns("a\u00a0\u00a0b c\u2009\u202fd e\u2000\u200af g\u3000h")).toEqual([]);
  });
  it("keeps a run where a space sits next to another character, space and all", () => {
    expect(findRuns("a\u00a0é b")).toEqual([{ s: 1, e: 3, text: "\u00a0é" }]);
    expect(findRuns("a é\u00a0b")).toEqual([{ s: 2, e: 4, text: "é\u00a0" }]);
  });
});

describe("readRun", () => {
  it("reads UTF-8 seen as windows-1252 back, its gain the drop in implausibility less a step plus one per non-ASCII character", () => {
    const [best, second] = readRun("Ã´");
    expect(best).toEqual({ text: "ô", chain: ["win1252>utf8"], gain: implausibility("Ã´") - implausibility("ô") - 0.5 + 1, nature: "latin" });
    expect(second).toEqual({ text: "ô", chain: ["latin1>utf8"], gain: best!.gain, nature: "latin" });
  });
  it("counts the UTF-8 bonus up to three non-ASCII characters", () => {
    const run = misdecode("’’’’", "utf8", "win1252");
    const best = readRun(run)[0];
    expect(best?.text).toBe("’’’’");
    expect(best?.chain).toEqual(["win1252>utf8"]);
    expect(best?.gain).toBeCloseTo(implausibility(run) - implausibility("’’’’") - 0.5 + 3, 9);
  });
  it("reads text mis-decoded twice back through two steps, each costing half a point", () => {
    const run = misdecode(misdecode("ô", "utf8", "win1252"), "utf8", "win1252");
    expect(run).toBe("ÃƒÂ´");
    const readings = readRun(run);
    expect(readings[0]).toEqual({ text: "ô", chain: ["win1252>utf8", "win1252>utf8"], gain: implausibility(run) - implausibility("ô") - 1 + 1, nature: "latin" });
    // the one-step reading is still there, further down
    expect(readings.find((r) => r.chain.length === 1 && r.chain[0] === "win1252>utf8")).toEqual({
      text: "Ã´",
      chain: ["win1252>utf8"],
      gain: implausibility(run) - implausibility("Ã´") - 0.5 + 2,
      nature: "latin",
    });
  });
  it("lists the readings best first, the shorter chain first among equal gains", () => {
    for (const run of ["ÃƒÂ´", "â€™", "¡¯", misdecode("缅北禁地", "utf8", "win1252")]) {
      const readings = readRun(run);
      expect(readings.length).toBeGreaterThan(2);
      for (let i = 1; i < readings.length; i++) {
        const a = readings[i - 1]!;
        const b = readings[i]!;
        expect(a.gain > b.gain || (a.gain === b.gain && a.chain.length <= b.chain.length)).toBe(true);
      }
    }
  });
  it("keeps a reading in another script as foreign (a mis-decoded spam token)", () => {
    const run = misdecode("缅北禁地", "utf8", "win1252");
    expect(readRun(run)[0]).toMatchObject({ text: "缅北禁地", chain: ["win1252>utf8"], nature: "foreign" });
  });
  it("needs a large gain between the single-byte charsets: a control character explained, not one symbol made a letter", () => {
    // "£" read as windows-1250 is "Ł": 1.5 points better, not enough
    expect(readRun("£")).toEqual([]);
    // a C1 control is windows-1252's "€" read as latin1
    expect(readRun("\u0080")).toContainEqual({ text: "€", chain: ["latin1>win1252"], gain: implausibility("\u0080") - implausibility("€") - 0.5, nature: "latin" });
  });
  it("has nothing for genuine text", () => {
    for (const run of ["é", "ô", "’", "“", "—", "Łódź"]) expect([run, readRun(run)]).toEqual([run, []]);
  });
  it(`reads runs of at most ${MAX_READ_RUN} code units`, () => {
    const run = "Ãå".repeat(MAX_READ_RUN / 2); // GBK "缅" read as latin1, 128 times
    expect(run).toHaveLength(MAX_READ_RUN);
    expect(readRun(run)[0]).toMatchObject({ text: "缅".repeat(MAX_READ_RUN / 2), nature: "foreign" });
    expect(readRun(`${run}a`)).toEqual([]);
  });
});

describe("readRun: what a reading may not be", () => {
  it("counts U+0080 as non-ASCII (the first C1 control starts a run)", () => {
    expect(findRuns("a\u0080b")).toEqual([{ s: 1, e: 2, text: "\u0080" }]);
  });
  it("gives the UTF-8 bonus for the reading's non-ASCII characters only", () => {
    const run = "鈥檚"; // UTF-8 "’s" read as GBK
    const best = readRun(run)[0];
    expect(best).toEqual({ text: "’s", chain: ["gbk>utf8"], gain: implausibility(run) - implausibility("’s") - 0.5 + 1, nature: "latin" });
  });
  it("never proposes a reading with a control or replacement character, or Latin letter soup", () => {
    for (const run of ["ÃƒÂ´", "â€™", "¡¯", "Ãå", "\u0080\u0081\u0082\u0083", "Ã\u0089\u0080", misdecode("缅北禁地", "utf8", "win1252"), misdecode("ééé", "utf8", "win1252"), "缅北禁地", "鈥檚"]) {
      for (const r of readRun(run)) {
        const k = classCounts(r.text);
        expect([run, r.text, k.control, k.bad]).toEqual([run, r.text, 0, 0]);
      }
    }
    expect(readRun(misdecode("ééé", "utf8", "win1252")).map((r) => r.text)).not.toContain("ééé");
  });
  it("lists each reading once per charset chain", () => {
    for (const run of ["ÃƒÂ´", "â€\uFFFD", misdecode("缅北禁地", "utf8", "win1252"), "缅北禁地"]) {
      const keys = readRun(run).map((r) => `${r.text} ${r.chain.join()}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
  it("reads a run already in another script only into no more characters than it has, none fewer", () => {
    for (const run of ["缅北禁地", "北京", "測試文字"]) {
      const n = [...run].length;
      for (const r of readRun(run)) {
        expect([...r.text].filter((ch) => ch.charCodeAt(0) >= 0x80).length).toBeLessThanOrEqual(n);
        expect([...r.text].length).toBeGreaterThanOrEqual(n);
      }
    }
  });
});
