// What the rules look up, built once per validation and shared by every rule (each part on first use):
// the records by id, the evidence objects found by one walk of the dataset, the archived texts.
import { COLLECTIONS, type CollectionName } from "../collections";
import type { Dataset } from "../schemas/dataset";
import type { Path } from "./problem";
import { sourceTexts, type SourceTexts } from "./source-texts";
import { walkObjects } from "./walk";

/** An object of the dataset with a `kind` of `span` or `citation` and a string `source`, and where it is. */
export interface EvidenceAt {
  record: Record<string, unknown> & { kind: "span" | "citation"; source: string };
  path: Path;
}

/** Indexes of one dataset for the rules. Build it with `ruleContext`; treat the dataset as unchanged while you use it. */
export interface RuleContext {
  /** For each collection, the position of each id (the last record, where an id repeats). */
  positions(): Record<CollectionName, Map<string, number>>;
  /** The record of `collection` with `id` (the last one, where an id repeats). */
  byId<C extends CollectionName>(collection: C, id: string): Dataset[C][number] | undefined;
  /** Every span and citation, in document order (archived texts are not entered). */
  evidence(): EvidenceAt[];
  /** The archived texts and their corrections. */
  texts(): SourceTexts;
}

/** The shared indexes of `dataset` for the rules, each built on first use. */
export function ruleContext(dataset: Dataset): RuleContext {
  let positions: Record<CollectionName, Map<string, number>> | undefined;
  let evidence: EvidenceAt[] | undefined;
  const context: RuleContext = {
    positions() {
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
      return at === undefined ? undefined : (dataset[collection][at] as Dataset[typeof collection][number]);
    },
    evidence() {
      if (!evidence) {
        const found: EvidenceAt[] = [];
        walkObjects(
          dataset,
          (record, path) => {
            if ((record.kind === "span" || record.kind === "citation") && typeof record.source === "string") found.push({ record: record as EvidenceAt["record"], path: [...path] });
          },
          (key) => key === "archive",
        );
        evidence = found;
      }
      return evidence;
    },
    texts: () => sourceTexts(dataset),
  };
  return context;
}
