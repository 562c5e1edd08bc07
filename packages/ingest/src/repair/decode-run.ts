import { CHARSETS, decodeStrict, encodeExact } from "./charsets";
import type { Charset } from "./charsets";
import { classCounts, implausibility, isCleanLatin } from "./script";

/** A run of non-ASCII text, by UTF-16 offsets. */
export interface Run {
  s: number;
  e: number;
  text: string;
}

/** One plausible reading of a run: what it was before a wrong decoder got it. */
export interface Reading {
  text: string;
  /** Charset chain, e.g. ["win1252>utf8"]: encode with the first, decode with the second. */
  chain: string[];
  /** Implausibility of the run minus that of the reading (higher is better). */
  gain: number;
  nature: "latin" | "foreign";
}

/** Smallest gain for a reading to be accepted. */
export const MIN_GAIN = 1.5;
const STEP_COST = 0.5;
const SINGLE_BYTE_MIN_GAIN = 5;

function isAscii(code: number): boolean {
  return code < 0x80;
}

/**
 * Finds the maximal runs of non-ASCII characters (runs of only spaces such as NBSP are skipped).
 * Linear in the text length.
 */
export function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    if (isAscii(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && !isAscii(text.charCodeAt(i))) i++;
    const chunk = text.slice(s, i);
    if (!/^[\s\u00a0\u2000-\u200a\u202f]+$/u.test(chunk)) runs.push({ s, e: i, text: chunk });
  }
  return runs;
}

interface Candidate {
  text: string;
  chain: string[];
}

function step(text: string, chain: string[], out: Candidate[]): void {
  for (const wrong of CHARSETS) {
    if (wrong === "utf8") continue;
    for (const bytes of encodeExact(text, wrong)) {
      for (const right of CHARSETS) {
        if (right === wrong) continue;
        const dec = decodeStrict(bytes, right as Charset);
        if (dec === null || dec === text || dec.length === 0) continue;
        out.push({ text: dec, chain: [...chain, `${wrong}>${right}`] });
      }
    }
  }
}

const memo = new Map<string, Reading[]>();

/**
 * Longest run (UTF-16 units) read back through the charsets. Mis-decoded words and spam tokens are
 * short; a longer run with no ASCII at all (not even a space) is no English text mis-decoded, and
 * reading it through every charset pair twice cost seconds per hundred KB.
 */
export const MAX_READ_RUN = 256;

/**
 * Reads a run back through every (wrong charset -> right charset) pair, once or twice, and
 * returns the readings clearly more plausible than the run itself, best first. Latin readings
 * must be clean ({@link isCleanLatin}); foreign-script readings are kept so that mis-decoded
 * spam tokens can be recognised. Pure and memoised by run text. A run longer than
 * {@link MAX_READ_RUN} has no reading.
 */
export function readRun(run: string): Reading[] {
  if (run.length > MAX_READ_RUN) return [];
  const hit = memo.get(run);
  if (hit) return hit;
  const raw = implausibility(run);
  const rawForeign = classCounts(run).foreign;
  const first: Candidate[] = [];
  step(run, [], first);
  const all = [...first];
  for (const c of first) {
    if (/[^\x00-\x7f]/u.test(c.text) && implausibility(c.text) < raw + 10) step(c.text, c.chain, all);
  }
  const seen = new Set<string>();
  const out: Reading[] = [];
  for (const c of all) {
    const key = `${c.text}\u0000${c.chain.join()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // valid UTF-8 is rare by chance: a reading that decodes as UTF-8 is the likelier one
    const utf8Bonus = (c.chain[c.chain.length - 1] ?? "").endsWith(">utf8") ? Math.min(3, [...c.text].filter((ch) => ch.charCodeAt(0) >= 0x80).length) : 0;
    const gain = raw - implausibility(c.text) - STEP_COST * c.chain.length + utf8Bonus;
    // windows-1252/1250/latin1 swapped among themselves turn one symbol into one letter ("£" -> "Ł"):
    // only a large gain (a control character explained away) counts there
    const singleByteOnly = c.chain.every((link) => /^(win125[02]|latin1)>(win125[02]|latin1)$/u.test(link));
    if (gain < (singleByteOnly ? SINGLE_BYTE_MIN_GAIN : MIN_GAIN)) continue;
    // a run of foreign letters read as Latin text yields at most one non-ASCII character per character
    // (GBK/Big5 pairs read as each other, UTF-8 read as GBK): longer readings are letter soup
    // and never fewer characters in all (each CJK character stood for at least one character)
    if (rawForeign > 0 && [...c.text].filter((ch) => ch.charCodeAt(0) >= 0x80).length > [...run].length) continue;
    if (rawForeign > 0 && [...c.text].length < [...run].length) continue;
    const k = classCounts(c.text);
    if (k.control > 0 || k.bad > 0) continue;
    if (k.foreign > 0) out.push({ ...c, gain, nature: "foreign" });
    else if (isCleanLatin(c.text)) out.push({ ...c, gain, nature: "latin" });
  }
  out.sort((a, b) => b.gain - a.gain || a.chain.length - b.chain.length);
  if (memo.size > 5000) memo.clear();
  memo.set(run, out);
  return out;
}
