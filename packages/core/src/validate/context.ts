// What the rules look up, built once per validation and shared by every rule (each part on first use):
// the records by id, what one walk of the dataset finds (the evidence objects and the defects of display
// text), the archived texts. Paths are copied only for what a rule reports: most data has no problem.
import { COLLECTIONS, type CollectionName } from "../collections";
import type { Dataset } from "../schemas/dataset";
import { textDefect } from "../text/hygiene";
import { isRawKey } from "./display-fields";
import type { Path } from "./problem";
import { sourceTexts, type SourceTexts } from "./source-texts";
import { walkObjects } from "./walk";

/** An object of the dataset with a `kind` of `span` or `citation` and a string `source`. */
export type EvidenceRecord = Record<string, unknown> & { kind: "span" | "citation"; source: string };

/** A display string with a defect (see `textDefect`): where it is and what is wrong. */
export interface TextDefectAt {
  path: Path;
  message: string;
}

/** What one walk of the dataset finds. */
interface Scan {
  evidence: EvidenceRecord[];
  defects: TextDefectAt[];
}

/** Indexes of one dataset for the rules. Build it with `ruleContext`; treat the dataset as unchanged while you use it. */
export interface RuleContext {
  /** For each collection, the position of each id (the last record, where an id repeats). */
  positions(): Record<CollectionName, Map<string, number>>;
  /** The record of `collection` with `id` (the last one, where an id repeats). */
  byId<C extends CollectionName>(collection: C, id: string): Dataset[C][number] | undefined;
  /** Every span and citation, in document order (archived texts are not entered). */
  evidence(): EvidenceRecord[];
  /** Where an object of `evidence()` is in the dataset (the paths of all of them are found on the first call). */
  pathOf(record: EvidenceRecord): Path;
  /** Every display string (see `display-fields.ts`) with a defect, in document order. */
  textDefects(): TextDefectAt[];
  /** The archived texts and their corrections. */
  texts(): SourceTexts;
}

/** The shared indexes of `dataset` for the rules, each built on first use. */
export function ruleContext(dataset: Dataset): RuleContext {
  let positions: Record<CollectionName, Map<string, number>> | undefined;
  let scanned: Scan | undefined;
  let paths: Map<object, Path> | undefined;
  const scan = () => (scanned ??= scanDataset(dataset));
  const context: RuleContext = {
    positions() {
      // Stryker disable next-line ConditionalExpression: equivalent, building the indexes again gives the same ones (time only)
      if (!positions) {
        positions = {} as Record<CollectionName, Map<string, number>>;
        for (const name of COLLECTIONS) {
          const map = new Map<string, number>();
          const items = dataset[name];
          for (let i = 0; i < items.length; i++) map.set(items[i]!.id, i);
          positions[name] = map;
        }
      }
      return positions;
    },
    byId(collection, id) {
      const at = context.positions()[collection].get(id);
      // Stryker disable next-line ConditionalExpression: equivalent, an undefined index reads undefined from the array too
      return at === undefined ? undefined : (dataset[collection][at] as Dataset[typeof collection][number]);
    },
    evidence: () => scan().evidence,
    pathOf(record) {
      // Stryker disable next-line ConditionalExpression: equivalent, walking again finds the same paths (time only)
      if (!paths) {
        const found = new Map<object, Path>();
        const wanted = new Set<object>(scan().evidence);
        walkObjects(
          dataset,
          (object, path) => {
            if (wanted.has(object)) found.set(object, [...path]);
          },
          // Stryker disable next-line ArrowFunction,ConditionalExpression,StringLiteral: equivalent, no wanted object is inside an archive (the scan does not enter them): time only
          (key) => key === "archive",
        );
        paths = found;
      }
      const path = paths.get(record);
      if (!path) throw new Error("pathOf: not an evidence object of this dataset");
      return path;
    },
    textDefects: () => scan().defects,
    texts: () => sourceTexts(dataset),
  };
  return context;
}

/** Whether `record` is evidence: a `kind` of span or citation and a string `source`. */
function isEvidence(record: Record<string, unknown>): record is EvidenceRecord {
  return (record.kind === "span" || record.kind === "citation") && typeof record.source === "string";
}

/**
 * One depth-first walk of `dataset` (archived texts not entered): the evidence objects, and the display
 * strings with a defect. One path array is shared by the whole walk and copied only for a defect.
 */
function scanDataset(dataset: Dataset): Scan {
  const evidence: EvidenceRecord[] = [];
  const defects: TextDefectAt[] = [];
  const path: Path = [];
  const check = (text: string) => {
    const message = textDefect(text);
    if (message !== undefined) defects.push({ path: [...path], message });
  };
  // `raw`: under a key of raw text, where strings are not display text (evidence is still collected).
  const walk = (node: object, raw: boolean): void => {
    if (Array.isArray(node)) {
      // Stryker disable next-line EqualityOperator: equivalent, the item past the end is undefined, neither a string nor an object
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        path.push(i);
        if (typeof item === "string") {
          if (!raw) check(item);
        } else if (item !== null && typeof item === "object") walk(item, raw);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    if (isEvidence(record)) evidence.push(record);
    for (const key in record) {
      if (key === "archive") continue;
      const child = record[key];
      const rawHere = raw || isRawKey(record, key);
      path.push(key);
      if (typeof child === "string") {
        if (!rawHere) check(child);
      } else if (child !== null && typeof child === "object") walk(child, rawHere);
      path.pop();
    }
  };
  walk(dataset, false);
  return { evidence, defects };
}
