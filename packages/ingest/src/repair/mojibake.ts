import type { Edit } from "./types";
import { findRuns, MIN_GAIN, readRun } from "./decode-run";
import type { Reading, Run } from "./decode-run";
import { charClass, classCounts, contextPenalty } from "./script";

/** A run with its readings; a reading may extend the run over one ASCII byte a GBK/Big5 decoder swallowed. */
export interface ReadRun extends Run {
  readings: Reading[];
  /** Readings of the run extended by its next character (then `e + 1` is the end). */
  extended: Reading[];
  /** True when letters touch the run on both sides (it sits inside a word). */
  inWord: boolean;
  /** True when a letter touches the run on its left. */
  letterBefore: boolean;
}

/** The reading chosen for a run and the end of the span it replaces. */
export interface Choice {
  reading: Reading;
  e: number;
}

const TRAIL = /[\x40-\x7e]/;
/** One separator, bullet or arrow (a middle dot, a bullet, an arrow of the Arrows block). */
const TYPOGRAPHY = /^[\u00b7\u2022\u2023\u2043\u2190-\u21ff]$/u;
/** How much better a Latin reading must be than a foreign-script one to win. */
const FOREIGN_MARGIN = 2.5;

/** Finds every non-ASCII run and its plausible readings (plain and extended by a possible trail byte). */
export function readRuns(text: string): ReadRun[] {
  // runs split by one ASCII byte that a GBK/Big5 trail byte became ("¶@Ò»") are read as one when that reads better
  const merged: Run[] = [];
  for (const run of findRuns(text)) {
    const prev = merged[merged.length - 1];
    const sep = text[run.s - 1];
    if (prev && prev.e === run.s - 1 && sep !== undefined && TRAIL.test(sep)) {
      const joined = text.slice(prev.s, run.e);
      const best = readRun(joined)[0];
      const gainJoined = best?.gain ?? 0;
      const gainParts = Math.max(readRun(prev.text)[0]?.gain ?? 0, readRun(prev.text + sep)[0]?.gain ?? 0) + (readRun(run.text)[0]?.gain ?? 0);
      const partForeign = [prev.text, prev.text + sep, run.text].some((t) => readRun(t)[0]?.nature === "foreign");
      if (best && (gainJoined > gainParts || (best.nature === "foreign" && partForeign))) {
        merged[merged.length - 1] = { s: prev.s, e: run.e, text: joined };
        continue;
      }
    }
    merged.push(run);
  }
  // a token glued to a genuine non-ASCII character ("Committee…’s", "Côte") shares its run: when the one genuine-looking character at either end
  // run with no reading, or whose only readings are in another script ("â€™…" reads as two CJK characters, as a
  // whole, but is an apostrophe's mojibake glued to a genuine ellipsis), try it without one genuine-looking character
  // at either end; a run that has a reading keeps it unless a trimmed run reads as Latin
  for (let k = 0; k < merged.length; k++) {
    const run = merged[k];
    if (!run) continue;
    const whole = readRun(run.text);
    if (whole.some((r) => r.nature === "latin")) continue;
    const latinOnly = whole.length > 0;
    const cps = [...run.text];
    if (cps.length < 3) continue;
    // Stryker disable next-line StringLiteral: `cps` has at least 3 code points here, so the fallback is never used
    const first = cps[0] ?? "";
    // Stryker disable next-line StringLiteral: as above, the last code point always exists
    const last = cps[cps.length - 1] ?? "";
    const genuine = (ch: string): boolean => ["latin", "punct"].includes(charClass(ch.codePointAt(0) ?? 0));
    const options: Run[] = [];
    if (genuine(last)) options.push({ s: run.s, e: run.e - last.length, text: run.text.slice(0, -last.length) });
    if (genuine(first)) options.push({ s: run.s + first.length, e: run.e, text: run.text.slice(first.length) });
    let best: Run | undefined;
    let bestGain = 0;
    for (const o of options) {
      const top = readRun(o.text)[0];
      if (latinOnly && top?.nature !== "latin") continue;
      const g = top?.gain ?? 0;
      if (g > bestGain) {
        best = o;
        bestGain = g;
      }
    }
    if (best) merged[k] = best;
  }
  // one typographic mark on its own ("2025-10-27 · 95 minutes", "← Back", "Home·News", "met.·") is the page's own: no
  // single-byte decoding of UTF-8 leaves one character, and a GBK/Big5 pair split over an ASCII byte is read by `extended`
  const alone = (run: Run): boolean => TYPOGRAPHY.test(run.text);
  for (let k = merged.length - 1; k >= 0; k--) if (alone(merged[k]!)) merged.splice(k, 1);
  const inPlace = (readings: Reading[], s: number, e: number): Reading[] =>
    readings
      .map((r) => (r.nature === "latin" ? { ...r, gain: r.gain - contextPenalty(text[s - 1], r.text, text[e]) } : r))
      .filter((r) => r.gain >= MIN_GAIN)
      .sort((a, b) => b.gain - a.gain);
  return merged.map((run) => {
    const plain = inPlace(readRun(run.text), run.s, run.e);
    const next = text[run.e];
    // only a single-byte reading of GBK/Big5 text can have split a character into a non-ASCII lead and an ASCII trail
    // (a foreign-script reading may swallow only a non-letter at the end of a word: "Ň»‹@ 27", never "Ã´t" in "Ã´te")
    const afterNext = text[run.e + 1];
    const wordEnds = next !== undefined && !/[\p{L}\p{N}]/u.test(next) && (afterNext === undefined || !/[\p{L}\p{N}]/u.test(afterNext));
    const swallowed = (r: Reading): boolean =>
      (r.nature === "latin" || wordEnds || (afterNext !== undefined && /\s/u.test(afterNext) && !plain.some((p) => p.nature === "latin"))) && r.chain.length === 1 && /^(win125[02]|latin1)>(gbk|big5)$/u.test(r.chain[0] ?? "");
    const extended = next !== undefined && TRAIL.test(next) ? inPlace(readRun(run.text + next).filter(swallowed), run.s, run.e + 1) : [];
    const letter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
    return { ...run, readings: plain, extended, inWord: letter(text[run.s - 1]) && letter(text[run.e]), letterBefore: letter(text[run.s - 1]) };
  });
}

/**
 * Tie-breaker: a run without CJK characters was more likely produced by a single-byte decoder
 * (windows-125x, latin1) than by GBK/Big5, whose output is mostly CJK.
 */
function prior(run: ReadRun, c: Choice): number {
  const wrong = (c.reading.chain[0] ?? "").split(">")[0] ?? "";
  const multiByte = wrong === "gbk" || wrong === "big5";
  return classCounts(run.text).foreign === 0 && !multiByte ? 1 : 0;
}

/**
 * Chooses each run's reading, preferring the charset chain that explains the most of the
 * document (damage is usually one confusion applied to the whole page), among readings
 * within 3 points of the run's best.
 */
export function chooseReadings(runs: readonly ReadRun[]): Map<ReadRun, Choice> {
  const weight = new Map<string, number>();
  for (const r of runs) {
    const seen = new Set<string>();
    for (const c of [...r.readings, ...r.extended]) {
      const key = c.chain.join();
      if (seen.has(key)) continue;
      seen.add(key);
      weight.set(key, (weight.get(key) ?? 0) + c.gain);
    }
  }
  const chosen = new Map<ReadRun, Choice>();
  for (const r of runs) {
    const all: Choice[] = [...r.readings.map((reading) => ({ reading, e: r.e })), ...r.extended.map((reading) => ({ reading, e: r.e + 1 }))];
    let best: Choice | undefined;
    for (const c of all) if (!best || c.reading.gain > best.reading.gain) best = c;
    if (!best) continue;
    const top = best.reading.gain;
    let pick = best;
    for (const c of all) {
      if (c.reading.gain < top - 3) continue;
      const w = weight.get(c.reading.chain.join()) ?? 0;
      const wp = weight.get(pick.reading.chain.join()) ?? 0;
      if (w > wp || (w === wp && (c.reading.gain > pick.reading.gain || (c.reading.gain === pick.reading.gain && prior(r, c) > prior(r, pick))))) pick = c;
    }
    // a Latin reading barely better than a reading in another script is letter soup made from a spam token
    if (pick.reading.nature === "latin") {
      const foreign = all.find((c) => c.reading.nature === "foreign" && c.reading.gain > pick.reading.gain - FOREIGN_MARGIN);
      if (foreign) pick = foreign;
      // CJK read back as Latin at a word's edge, with no other run in the text read the same way,
      // is as likely a spam token as mojibake: leave it to the injection detector
      const support = (weight.get(pick.reading.chain.join()) ?? 0) - pick.reading.gain;
      const inWord = r.inWord || (r.letterBefore && /\p{L}$/u.test(pick.reading.text)); // "Committee’s" read back from "Committee" + one CJK character
      if (pick.reading.nature === "latin" && classCounts(r.text).foreign > 0 && !inWord && support < MIN_GAIN) continue;
    }
    chosen.set(r, pick);
  }
  return chosen;
}

/**
 * Finds mis-decoded text (UTF-8 or GBK/Big5/windows-125x bytes read with the wrong charset,
 * once or twice) and proposes its plausible reading. Runs whose reading is in a non-Latin
 * script are left to the injection detector (they are spam tokens, not text to restore).
 */
export function detectMojibake(text: string, runs: readonly ReadRun[] = readRuns(text)): Edit[] {
  const edits: Edit[] = [];
  for (const [run, { reading, e }] of chooseReadings(runs)) {
    if (reading.nature !== "latin") continue;
    const before = text.slice(run.s, e);
    edits.push({
      kind: "mis-encoding",
      action: "repaired",
      s: run.s,
      e,
      after: reading.text,
      rationale: `"${before}" is text read with the wrong charset (${reading.chain.join(", then ")}); read back it is "${reading.text}".`,
      confidence: reading.chain.length === 1 ? 0.95 : 0.85,
    });
  }
  return edits.sort((a, b) => a.s - b.s);
}
