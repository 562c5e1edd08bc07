import type { Edit } from "./types";
import { chooseReadings } from "./mojibake";
import type { ReadRun } from "./mojibake";
import { charClass, classCounts, implausibility, isForeignLetter, isLatinLetter, isLatinProse } from "./script";
import { CHARSETS, misreadLeniently } from "./charsets";
import { MAX_READ_RUN } from "./decode-run";

/** An excised token, with the gap left where it replaced words (for word restoration). */
export interface Excision extends Edit {
  /** True when the token sat inside a sentence (it may have replaced words). */
  inline: boolean;
}

const isBlank = (line: string): boolean => /^[\s\u00a0]*$/u.test(line);

/** Most characters of a spam token's Latin part glued to its other-script part ("51" in "51勛圖", "AV" in "国产AV"). */
const MAX_GLUED = 3;
const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * The token's own Latin part, glued to a run [s, e): digits before it ("51勛圖") and digits or
 * capitals after it ("国产AV"), at most {@link MAX_GLUED}, with no letter or digit beyond them
 * (so that a word glued to a token, "勛圖Office", stays).
 */
export function gluedAffixes(text: string, s: number, e: number): { s: number; e: number } {
  let a = s;
  while (a > 0 && s - a < MAX_GLUED && /[0-9]/u.test(text[a - 1]!)) a--;
  if (a === s || isAlnum(text[a - 1])) a = s;
  let b = e;
  while (b < text.length && b - e < MAX_GLUED && /[0-9A-Z]/u.test(text[b]!)) b++;
  if (b === e || isAlnum(text[b])) b = e;
  return { s: a, e: b };
}
const cpAt = (text: string, i: number): number => text.codePointAt(i) ?? 0;
/** A character of a raw token: a letter of another script, or one a wrong decoder could not map (private use, U+FFFD). */
const isTokenChar = (ch: string): boolean => isForeignLetter(cpAt(ch, 0)) || charClass(cpAt(ch, 0)) === "bad";

/** True when some lenient reading of a damaged run (its first {@link MAX_READ_RUN} units) is mostly letters of another script. */
function readsAsForeign(whole: string): boolean {
  const run = whole.slice(0, MAX_READ_RUN);
  for (const wrong of CHARSETS) {
    for (const right of CHARSETS) {
      if (wrong === right || wrong === "utf8") continue;
      const k = classCounts(misreadLeniently(run, wrong, right));
      const other = k.latin + k.symbol + k.control + k.punct;
      if (k.foreign >= 1 && k.foreign >= 2 * other) return true;
    }
  }
  return false;
}

/** What a run is: foreign-script token (raw or mis-decoded), undecodable gibberish, or neither. */
function tokenNature(run: ReadRun, chosenForeign: boolean): "foreign" | "gibberish" | null {
  if (chosenForeign) return "foreign";
  let foreign = 0;
  for (const ch of run.text) if (isForeignLetter(ch.codePointAt(0) ?? 0)) foreign++;
  if (foreign > 0) return "foreign";
  const n = [...run.text].length;
  if (n >= 4 && run.readings.length === 0 && implausibility(run.text) / n >= 2.5 && readsAsForeign(run.text)) return "gibberish";
  return null;
}

/** A line of several words with no Latin letter ("среда, 15 ноября 2023 г."): the page's own words in another language, not a token in English prose. */
function inForeignLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  if (end - start > 200) return false;
  const line = text.slice(start, end).trim();
  return /\S\s+\S/u.test(line) && ![...line].some((ch) => isLatinLetter(ch.codePointAt(0) ?? 0));
}

/**
 * Finds spam tokens injected into an English text: a first line made only of a non-Latin-script
 * token, and runs of foreign-script letters (or mis-decoded renderings of them, or undecodable
 * gibberish) inside the text. Each becomes an excision; a first-line token takes the blank
 * lines after it along. Does nothing when the text is not Latin-script prose.
 */
export function detectInjections(text: string, runs: readonly ReadRun[]): Excision[] {
  if (!isLatinProse(text)) return [];
  const choices = chooseReadings(runs);
  const out: Excision[] = [];

  const natures = new Map<ReadRun, "foreign" | "gibberish">();
  for (const run of runs) {
    const choice = choices.get(run);
    if (choice?.reading.nature === "latin") continue;
    const nature = tokenNature(run, choice?.reading.nature === "foreign");
    if (nature) natures.set(run, nature);
  }

  // A first line that is only a token.
  let firstEnd = -1;
  const lines = text.split("\n");
  let offset = 0;
  let li = 0;
  while (li < lines.length && isBlank(lines[li] ?? "")) offset += (lines[li++] ?? "").length + 1;
  const first = lines[li];
  if (first !== undefined && li + 1 < lines.length) {
    const lineStart = offset;
    const lineEnd = offset + first.length;
    const inLine = runs.filter((r) => r.s >= lineStart && r.s < lineEnd);
    const rest = inLine.reduce((acc, r) => {
      const g = gluedAffixes(text, r.s, r.e);
      return acc.slice(0, g.s - lineStart) + " ".repeat(g.e - g.s) + acc.slice(g.e - lineStart);
    }, first);
    // A token is one word: a line of words in another script ("среда, 15 ноября 2023 г.", a blog's date) is the page's own.
    if (inLine.length > 0 && inLine.every((r) => natures.has(r)) && /^[\s\p{P}\p{S}\p{N}]*$/u.test(rest) && [...first].length <= 60 && !/\S\s+\S/u.test(first.trim())) {
      let end = lineEnd + 1;
      let k = li + 1;
      offset = end;
      while (k < lines.length - 1 && isBlank(lines[k] ?? "")) {
        offset += (lines[k] ?? "").length + 1;
        k++;
      }
      end = offset;
      out.push({
        kind: "injected-text-excised",
        action: "repaired",
        s: 0,
        e: end,
        after: "",
        rationale: `The first line "${first.trim()}" is a token in another script (or a mis-decoded one) on an English page, not part of the article.`,
        confidence: 0.95,
        inline: false,
      });
      firstEnd = end;
    }
  }

  for (const run of runs) {
    if (run.s < firstEnd) continue;
    const nature = natures.get(run);
    if (!nature) continue;
    if (inForeignLine(text, run.s)) continue;
    const choice = choices.get(run);
    let s = run.s;
    let e = choice?.e ?? run.e;
    let after = "";
    let rationale: string;
    const rawForeign = [...run.text].some((ch) => isForeignLetter(ch.codePointAt(0) ?? 0));
    if (choice?.reading.nature === "foreign" && !rawForeign) {
      // keep what the decoding shows was ordinary text swallowed into the run (quotes, an ASCII byte)
      after = [...choice.reading.text].filter((ch) => !isForeignLetter(ch.codePointAt(0) ?? 0) && charClass(ch.codePointAt(0) ?? 0) !== "space").join("");
      rationale = `"${text.slice(s, e)}" is a mis-decoded spam token ("${choice.reading.text}" in another script) injected into English text.`;
    } else if (nature === "foreign") {
      // excise only the foreign letters of the run and the characters a wrong decoder could not map among or next to
      // them (private-use ones: Big5 read as GBK); typographic marks next to them stay
      const cps = [...run.text];
      let a = 0;
      while (a < cps.length && !isTokenChar(cps[a] ?? "")) a++;
      let b = cps.length;
      while (b > a && !isTokenChar(cps[b - 1] ?? "")) b--;
      s = run.s + cps.slice(0, a).join("").length;
      e = run.s + cps.slice(0, b).join("").length;
      rationale = `"${text.slice(s, e)}" is a token in another script injected into English text.`;
    } else {
      rationale = `"${run.text}" is undecodable gibberish injected into English text.`;
    }
    // the token's Latin part glued to it goes with it ("the 51勛圖 Office", "International 国产AV and")
    if (after === "") ({ s, e } = gluedAffixes(text, s, e));
    // spacing: "the TOKEN Office" -> drop one space; "word TOKEN\n" -> drop the space before
    const prev = text[s - 1];
    const next = text[e];
    // a token touching a Latin letter is surer to be spam than one standing between spaces (read before the spacing moves s or e)
    const glued = (prev !== undefined && isLatinLetter(cpAt(text, s - 1))) || (next !== undefined && isLatinLetter(cpAt(text, e)));
    const prevSpace = prev === undefined || prev === " " || prev === "\n";
    if (after === "" && prevSpace && next === " ") e++;
    else if (after === "" && prev === " " && (next === undefined || next === "\n")) s--;
    out.push({ kind: "injected-text-excised", action: "repaired", s, e, after, rationale, confidence: glued ? 0.95 : 0.85, inline: true });
  }
  return out;
}
