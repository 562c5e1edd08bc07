import type { Edit } from "./types";
import type { Excision } from "./injected";
import { extractNames } from "./names";

interface Proposal {
  insert: string;
  fromKnown: boolean;
  name: string;
  matched: number;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

/**
 * Fixed phrases of UN prose, as certain as a known name where the words around a gap are theirs
 * ("Threats to International ⟨gap⟩ and Security": the Charter's "international peace and security").
 */
export const FIXED_PHRASES: readonly string[] = [
  "International Peace and Security",
  // the departments and offices of the United Nations Secretariat (before and after the 2019 reform), as UN pages name them
  "Department of Political and Peacebuilding Affairs",
  "Department of Peace Operations",
  "Department of Operational Support",
  "Department of Management Strategy, Policy and Compliance",
  "Department of Economic and Social Affairs",
  "Department for General Assembly and Conference Management",
  "Department of Global Communications",
  "Department of Safety and Security",
  "Department of Political Affairs",
  "Department of Peacekeeping Operations",
  "Department of Field Support",
  "Department of Public Information",
  "Office for the Coordination of Humanitarian Affairs",
  "Office for Disarmament Affairs",
  "Office of Legal Affairs",
  "Office for Outer Space Affairs",
  "Office of Internal Oversight Services",
];

/** A UN photo credit right after a gap ("⟨gap⟩Photo/Jane Doe"): the credit reads "UN Photo/<name>". */
const PHOTO_CREDIT = /^[ \t]?Photo\/\p{Lu}/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

/**
 * Proposes the words a token replaced: the gap must sit inside a known name (from `knownNames`
 * or a multi-word name written in full elsewhere in the text) so that the text before the gap
 * ends with the name's first words and the text after it starts with its last words, together
 * at least two words (three, with a suffix after the gap, for names found only in the text), one
 * of them capitalised. Among the proposals matching the most surrounding
 * words, all must agree; otherwise nothing is guessed.
 */
export function restoreWords(text: string, excisions: readonly Excision[], knownNames: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  if (!excisions.some((x) => x.inline && x.after === "")) return edits;
  const known = new Set([...knownNames, ...FIXED_PHRASES].map((n) => n.trim().replace(/\s+/gu, " ")).filter((n) => n.includes(" ")));
  // names written in the text, read with the excised tokens cut out (a cut breaks a name)
  let masked = "";
  let pos = 0;
  for (const x of [...excisions].sort((a, b) => a.s - b.s)) {
    if (x.s < pos) continue;
    masked += `${text.slice(pos, x.s)}\n`;
    pos = x.e;
  }
  masked += text.slice(pos);
  const found = extractNames(masked).filter((n) => !known.has(n));
  const names: Array<[string, boolean]> = [...[...known].map((n): [string, boolean] => [n, true]), ...found.map((n): [string, boolean] => [n, false])];
  // Every proposal keeps a word of its name right beside the gap (the last before it, or the first after it, or the
  // first after a word's cut end): the names are looked up by those words, not all tried at every gap.
  const byWord = new Map<string, number[]>();
  names.forEach(([name], k) => {
    for (const w of new Set(name.split(" "))) {
      const at = byWord.get(w);
      if (at) at.push(k);
      else byWord.set(w, [k]);
    }
  });
  for (const x of excisions) {
    if (!x.inline || x.after !== "") continue;
    const left = text.slice(Math.max(0, x.s - 200), x.s);
    const right = text.slice(x.e, x.e + 200);
    if (PHOTO_CREDIT.test(right) && !isWordChar(left[left.length - 1])) {
      edits.push({
        kind: "words-restored",
        action: "repaired",
        s: x.e,
        e: x.e,
        after: right.startsWith("Photo") ? "UN " : "UN",
        rationale: 'The excised token stood in place of "UN": the words after it are a photo credit, which UN pages write "UN Photo/<name>".',
        confidence: 0.85,
      });
      continue;
    }
    // a known name that starts right after the gap and runs past a proposal's last words: the gap is
    // a word before that name, not the start of a shorter name ("⟨gap⟩Counter-Terrorism Committee
    // Executive Directorate" is not "Security Council Counter-Terrorism Committee")
    const r0 = right.replace(/^[ \t]/u, "");
    const before = new Set(tailKeys(left.replace(/[ \t]$/u, "")));
    const after = new Set(headKeys(r0));
    const afterGap = namesBeside(byWord, [...before, ...after, ...headKeys(afterFragment(right))]);
    const startsAfter = afterGap.filter((k) => names[k]![1] && r0.startsWith(names[k]![0]) && !isWordChar(r0[names[k]![0].length])).map((k) => names[k]![0].split(" ").length);
    const longestAfter = Math.max(0, ...startsAfter);
    const proposals: Proposal[] = [];
    for (const k of afterGap) {
      const [name, fromKnown] = names[k]!;
      const words = name.split(" ");
      const n = words.length;
      for (let i = 0; i <= n; i++) {
        if (fromKnown) proposals.push(...partialWordProposals(words, i, left, right, name));
        // the words kept before the gap end with the name's word i - 1, those after it start with word j
        if (i > 0 && !before.has(words[i - 1]!)) continue;
        for (let j = i + 1; j <= n; j++) {
          if (j < n && !after.has(words[j]!)) continue;
          const matched = i + (n - j);
          // evidence from the text alone must be stronger: three matched words and a suffix after the gap
          if (matched < (fromKnown ? 2 : 3) || j - i > 5 || (!fromKnown && j === n)) continue;
          const prefix = words.slice(0, i).join(" ");
          const suffix = words.slice(j).join(" ");
          const kept = [...words.slice(0, i), ...words.slice(j)];
          if (!kept.some((w) => w[0] !== undefined && w[0] !== w[0].toLowerCase())) continue;
          // a name cut at its start goes on with a capitalised word ("the ⟨gap⟩ Office of …", not
          // "⟨gap⟩ and Security"), and one cut at its end stops after one
          if (i === 0 && !/^\p{Lu}/u.test(words[j] ?? "")) continue;
          if (j === n && !/^\p{Lu}/u.test(words[i - 1] ?? "")) continue;
          // left must end with the prefix (at a word boundary), then optional space
          const l = left.replace(/[ \t]$/u, "");
          if (i > 0 && !(l.endsWith(prefix) && !isWordChar(l[l.length - prefix.length - 1]))) continue;
          if (i === 0 && isWordChar(left[left.length - 1]) && left.length > 0) continue;
          const r = right.replace(/^[ \t]/u, "");
          if (j < n && !(r.startsWith(suffix) && !isWordChar(r[suffix.length]))) continue;
          if (j === n && isWordChar(right[0])) continue;
          if (i === 0 && n - j < longestAfter) continue;
          const missing = words.slice(i, j).join(" ");
          const lead = isSpace(left[left.length - 1]) || left.length === 0 ? "" : " ";
          const trail = isSpace(right[0]) || (j === n && !isWordChar(right[0])) ? "" : " ";
          proposals.push({ insert: lead + missing + trail, fromKnown, name, matched });
        }
      }
    }
    // the reading that explains most of the surrounding words wins; ties must agree
    const most = Math.max(0, ...proposals.map((p) => p.matched));
    const best = proposals.filter((p) => p.matched === most);
    const distinct = new Set(best.map((p) => p.insert));
    const first = best[0];
    if (distinct.size !== 1 || !first) continue;
    const known1 = best.some((p) => p.fromKnown);
    edits.push({
      kind: "words-restored",
      action: "repaired",
      s: x.e,
      e: x.e,
      after: first.insert,
      rationale: `The excised token stood in place of "${first.insert.trim()}": the surrounding words are part of "${first.name}"${known1 ? ", a known name" : ", written in full elsewhere in the text"}.`,
      confidence: known1 ? 0.9 : 0.8,
    });
  }
  return [...edits, ...restoreSameToken(text, excisions, edits)];
}

/** The last token of a text (after its last white space), and each of its ends that follows a character of no word: the words a name can end with there. */
function tailKeys(text: string): string[] {
  let start = text.length;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  const token = text.slice(start);
  const keys = [token];
  for (let k = 1; k < token.length; k++) if (!isWordChar(token[k - 1])) keys.push(token.slice(k));
  return keys;
}

/** The first token of a text (up to its first white space), and each of its starts that a character of no word follows: the words a name can start with there. */
function headKeys(text: string): string[] {
  let end = 0;
  while (end < text.length && !isSpace(text[end])) end++;
  const token = text.slice(0, end);
  const keys = [token];
  for (let k = 1; k < token.length; k++) if (!isWordChar(token[k])) keys.push(token.slice(0, k));
  return keys;
}

/** What follows a word's visible end right after a gap ("⟨gap⟩building Authority" → "Authority"), one space or tab dropped. */
function afterFragment(right: string): string {
  const fragment = /^\p{Ll}*/u.exec(right)![0];
  return fragment.length < MIN_FRAGMENT ? "" : right.slice(fragment.length).replace(/^[ \t]/u, "");
}

/** The names (their indexes, in order) holding one of the words. */
function namesBeside(byWord: ReadonlyMap<string, readonly number[]>, words: readonly string[]): number[] {
  const found = new Set<number>();
  for (const w of words) for (const k of byWord.get(w) ?? []) found.add(k);
  return [...found].sort((a, b) => a - b);
}

/** Fewest letters of a word's visible end after a gap that replaced the word's start ("⟨gap⟩building"). */
const MIN_FRAGMENT = 4;

/**
 * Proposals for a gap that replaced whole words and the start of the next one, the token glued to the word's
 * visible end ("Political and ⟨gap⟩building Affairs" in "Department of Political and Peacebuilding Affairs"):
 * the gap replaces `words[i..j)` and the start of `words[j]`, whose end (at least {@link MIN_FRAGMENT}
 * lower-case letters) starts the text after the gap, glued; the name's words after it follow as written. The
 * words before the gap are the name's first words, or (the name's start worded otherwise, "Departments of")
 * at least two of its words right before the gap, one capitalised.
 */
function partialWordProposals(words: readonly string[], i: number, left: string, right: string, name: string): Proposal[] {
  const fragment = /^\p{Ll}+/u.exec(right)?.[0];
  if (fragment === undefined || fragment.length < MIN_FRAGMENT) return [];
  const n = words.length;
  const l = left.replace(/[ \t]$/u, "");
  const endsWithWords = (from: number) => {
    const phrase = words.slice(from, i).join(" ");
    return l.endsWith(phrase) && !isWordChar(l[l.length - phrase.length - 1]);
  };
  // where the words before the gap start in the name: its first word, else the most words (two at least) right before the gap
  let from = -1;
  if (i === 0) from = isWordChar(left[left.length - 1]) ? -1 : 0;
  else if (endsWithWords(0)) from = 0;
  else for (let k = i - 2; k > 0 && from < 0; k--) if (endsWithWords(k)) from = k;
  if (from < 0 || (from > 0 && !words.slice(from, i).some((w) => /^\p{Lu}/u.test(w)))) return [];
  const out: Proposal[] = [];
  for (let j = i; j < n && j - i < 5; j++) {
    const word = words[j]!;
    if (!(word.length > fragment.length && word.endsWith(fragment))) continue;
    const rest = right.slice(fragment.length);
    const suffix = words.slice(j + 1).join(" ");
    const r = rest.replace(/^[ \t]/u, "");
    if (j + 1 < n ? !(r.startsWith(suffix) && !isWordChar(r[suffix.length])) : isWordChar(rest[0])) continue;
    const kept = [...words.slice(from, i), ...words.slice(j + 1)];
    // two whole words of the name beside the gap at least (the word's end alone is weak evidence), one capitalised
    if (kept.length < 2 || !kept.some((w) => /^\p{Lu}/u.test(w))) continue;
    const matched = kept.length + 1;
    const missing = [...words.slice(i, j), word.slice(0, word.length - fragment.length)].join(" ");
    const lead = isSpace(left[left.length - 1]) || left.length === 0 ? "" : " ";
    out.push({ insert: lead + missing, fromKnown: true, name, matched });
  }
  return out;
}

/**
 * A spam token injected in place of words replaces the same words wherever it stands (the page's
 * defacer substitutes a word throughout): where the names around some of a token's places show
 * the words it replaced, and all of them agree, its other places get the same words. A token whose
 * places disagree, or that no name explains anywhere, restores nothing.
 */
function restoreSameToken(text: string, excisions: readonly Excision[], restored: readonly Edit[]): Edit[] {
  const tokenOf = (x: Excision) => text.slice(x.s, x.e).trim();
  const wordsAt = new Map<Excision, string>();
  for (const x of excisions) {
    const r = restored.find((edit) => edit.s === x.e);
    if (r) wordsAt.set(x, r.after.trim());
  }
  const out: Edit[] = [];
  for (const x of excisions) {
    if (!x.inline || x.after !== "" || wordsAt.has(x)) continue;
    const token = tokenOf(x);
    const known = [...wordsAt].filter(([y]) => tokenOf(y) === token).map(([, words]) => words);
    if (known.length === 0 || new Set(known).size !== 1) continue;
    const words = known[0]!;
    const before = text[x.s - 1];
    const next = text[x.e];
    // a token glued to a word keeps the words glued ("Political and TOKENbuilding" → "Peacebuilding")
    const lead = isSpace(before) || x.s === 0 ? "" : " ";
    const trail = isSpace(next) || !isWordChar(next) || (/^\p{Ll}/u.test(next ?? "") && !isSpace(text[x.e - 1])) ? "" : " ";
    out.push({
      kind: "words-restored",
      action: "repaired",
      s: x.e,
      e: x.e,
      after: lead + words + trail,
      rationale: `The excised token "${token}" stands for "${words}" at ${known.length} other place(s) of the text, where known names show it; a defacer substitutes one word throughout.`,
      confidence: 0.8,
    });
  }
  return out;
}
