import { describe, expect, it } from "vitest";
import { chooseReadings, detectMojibake, readRuns } from "./mojibake";
import type { ReadRun } from "./mojibake";
import { detectInjections } from "./injected";
import { misdecode } from "./charsets";
import type { Reading } from "./decode-run";

// The edges of the mojibake detector that the cases do not reach: two runs joined over an ASCII trail byte, the
// in-place penalty of a Latin reading, the trail byte a GBK/Big5 decoder swallowed, and the tie-breakers among readings.
// Every fixture is a sentence of our own encoded in one charset and decoded in another, so the damage is genuine.

const brief = (rs: readonly Reading[]) => rs.map((r) => [r.text, r.chain.join(" "), r.gain, r.nature]);
const runsOf = (text: string) => readRuns(text).map((r) => [r.s, r.e, r.text]);
const choices = (text: string) => [...chooseReadings(readRuns(text))].map(([run, c]) => [run.s, c.e, c.reading.text, c.reading.chain.join(" ")]);
const edits = (text: string) => detectMojibake(text).map((x) => [x.s, x.e, x.after]);

describe("readRuns: two runs split by one ASCII trail byte", () => {
  it("joins a Big5 word read as latin1 over its '@' trail byte and reads it as one token, excised whole (it was cut in two)", () => {
    const token = misdecode("一些", "big5", "latin1");
    expect(token).toBe("¤@¨Ç");
    const text = `The Committee met the ${token} delegates in New York on Monday.`;
    const runs = readRuns(text);
    expect(runs.map((r) => [r.s, r.e, r.text])).toEqual([[22, 26, token]]);
    expect(brief(runs[0]?.readings ?? []).slice(0, 3)).toEqual([
      ["一些", "win1252>big5", 4.5, "foreign"],
      ["一些", "latin1>big5", 4.5, "foreign"],
      ["一些", "win1250>big5", 4.5, "foreign"],
    ]);
    expect(detectMojibake(text, runs)).toEqual([]);
    // before the join, "¨Ç" alone was excised and "¤@" stayed in the text
    expect(detectInjections(text, runs).map((x) => [x.s, x.e, x.after])).toEqual([[22, 27, ""]]);
  });
});
