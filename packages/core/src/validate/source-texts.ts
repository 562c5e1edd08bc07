import type { Correction } from "../schemas/correction";
import type { Dataset } from "../schemas/dataset";
import { CodePointText } from "../text/code-points";

/** The archived texts of a dataset by source id (code point boundaries computed once per text), and their repairs. */
export interface SourceTexts {
  /** Ids of every source, archived or not. */
  known: Set<string>;
  /** The archived text of a source, if it has one. */
  text: Map<string, CodePointText>;
  /** The corrections of each source. */
  corrections: Map<string, Correction[]>;
}

const cache = new WeakMap<Dataset, SourceTexts>();

/** Indexes the archived texts of `dataset` once for all the rules. */
export function sourceTexts(dataset: Dataset): SourceTexts {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const text = new Map<string, CodePointText>();
  for (const s of dataset.sources) if (s.archive) text.set(s.id, new CodePointText(s.archive.text));
  const corrections = new Map<string, Correction[]>();
  for (const c of dataset.corrections) {
    const list = corrections.get(c.source);
    if (list) list.push(c);
    else corrections.set(c.source, [c]);
  }
  const built = { known: new Set(dataset.sources.map((s) => s.id)), text, corrections };
  cache.set(dataset, built);
  return built;
}
