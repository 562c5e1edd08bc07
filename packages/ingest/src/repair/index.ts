import type { Edit, RepairOptions, RepairResult } from "./types";
import { applyRepairs } from "./apply";
import { readRuns, detectMojibake } from "./mojibake";
import { detectInjections } from "./injected";
import { restoreWords } from "./restore";
import { detectLostChars } from "./lost-chars";
import { detectNameVariants } from "./name-variants";
import { detectNameWordSlips } from "./name-words";
import { detectMarkup } from "./markup";
import { detectMetadata } from "./metadata";
import { detectDuplicates } from "./duplicates";
import { detectDoubledWords } from "./doubled-words";
import { detectQuoteProblems } from "./quotes";
import { detectLostLinks } from "./link-targets";
import { detectDateMismatch } from "./dates";
import { applyEdits, resolveEdits, toRepairs } from "./merge";
import { composeEdits } from "./compose";

export type { Repair, RepairKind, RepairOptions, RepairResult } from "./types";
export { applyRepairs } from "./apply";

/**
 * Repairs a damaged press release: excises injected spam tokens (restoring the words they
 * replaced when known names determine them), reverses mis-decoding, restores letters lost to
 * "?", removes HTML markup and CMS metadata lines, drops repeated paragraphs and doubled words,
 * and flags unbalanced quotes, lost link targets and a dateline that contradicts the body.
 * Pure: no I/O. Every change and flag is in `repairs`, with spans in code points of `input`;
 * `applyRepairs(input, repairs)` reproduces `text`. A clean text comes back unchanged with an
 * empty log.
 */
export function repairText(input: string, options: RepairOptions = {}): RepairResult {
  const knownNames = options.knownNames ?? [];
  // pass 1: markup, so that the other detectors see the text a reader sees
  const first = resolveEdits(input, detectMarkup(input));
  const mid = applyEdits(input, first);
  // pass 2: everything else, on the text without markup
  const runs = readRuns(mid);
  const injections = detectInjections(mid, runs);
  const second: Edit[] = [
    ...injections,
    ...restoreWords(mid, injections, knownNames),
    ...detectMojibake(mid, runs),
    ...detectMetadata(mid),
    ...detectDuplicates(mid),
    ...detectLostChars(mid, knownNames),
    ...detectNameVariants(mid, knownNames),
    ...detectNameWordSlips(mid, knownNames),
    ...detectDoubledWords(mid),
    ...detectQuoteProblems(mid),
    ...detectLostLinks(mid),
    ...detectDateMismatch(mid),
  ];
  const edits = first.length === 0 ? resolveEdits(input, second) : composeEdits(input, first, mid, resolveEdits(mid, second));
  const repairs = toRepairs(input, edits);
  return { text: applyRepairs(input, repairs), repairs };
}
