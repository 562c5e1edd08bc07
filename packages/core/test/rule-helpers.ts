// Helpers for rule tests: fresh, mutable copies of valid datasets, and the problems they should give.
import { COLLECTIONS, type CollectionName } from "../src/collections";
import { dataset } from "../src/dataset";
import type { Dataset } from "../src/schemas/dataset";
import type { Path, Problem } from "../src/validate/problem";

/** A deep copy of the curated dataset, safe to break. */
export function copyOfDataset(): Dataset {
  return structuredClone(dataset);
}

/** Every string under `value`. */
function strings(value: unknown, out: Set<string>): void {
  if (typeof value === "string") out.add(value);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
}

let seed: Dataset | undefined;

/**
 * The seed meeting (the first curated one, whose press release is archived) with its participations,
 * statements, quotes and figures, and every record these name (repeatedly), and the corrections of
 * every source kept: a small valid dataset (a few dozen records), quick to copy.
 */
function seedDataset(): Dataset {
  if (seed) return seed;
  const meeting = dataset.meetings[0]!.id;
  const keep = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  keep.meetings.add(meeting);
  for (const c of ["participations", "statements", "quotes", "figures"] as const) for (const r of dataset[c]) if (r.meeting === meeting) keep[c].add(r.id);
  const byId = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, unknown>(dataset[c].map((r) => [r.id, r]))])) as Record<CollectionName, Map<string, unknown>>;
  for (let changed = true; changed; ) {
    changed = false;
    const named = new Set<string>();
    for (const c of COLLECTIONS) for (const id of keep[c]) strings(byId[c].get(id), named);
    for (const c of ["sources", "organizations", "people", "roles", "meetings", "corrections"] as const) {
      for (const id of named) {
        if (!byId[c].has(id) || keep[c].has(id)) continue;
        keep[c].add(id);
        changed = true;
      }
    }
    for (const c of dataset.corrections) {
      if (!keep.sources.has(c.source) || keep.corrections.has(c.id)) continue;
      keep.corrections.add(c.id);
      changed = true;
    }
  }
  const small = { ...dataset };
  for (const c of COLLECTIONS) (small as Record<CollectionName, unknown[]>)[c] = dataset[c].filter((r) => keep[c].has(r.id));
  return (seed = small);
}

/** A deep copy of the seed meeting and the records it reaches (valid under every rule), safe to break. */
export function copyOfSeed(): Dataset {
  return structuredClone(seedDataset());
}

/** The problems as `path: message` lines, for readable assertions. */
export function described(problems: Problem[]): string[] {
  return problems.map((p) => `${p.path.join(".")}: ${p.message}`);
}

/** A problem as a rule reports it. */
export function problem(rule: string, path: Path, message: string): Problem {
  return { rule, path, message };
}
