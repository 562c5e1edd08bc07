// The dataset the site is built from: @briefings/core's curated data, or a JSON file named by the
// BRIEFINGS_DATASET environment variable (read at build time: used to test the site with hostile data).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { COLLECTIONS, dataset as curated } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { neutralizeDeep } from "@briefings/core/text";

/**
 * Checks the shape of parsed JSON enough to render it (every collection an array of objects) and fills
 * missing collections with empty arrays. The content is not trusted: pages treat every string as hostile.
 * Throws an Error saying what is wrong and where.
 */
export function parseDatasetJson(json: string, where: string): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`${where}: the dataset must be a JSON object`);
  }
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...record };
  for (const name of COLLECTIONS) {
    const items = record[name] ?? [];
    if (!Array.isArray(items)) throw new Error(`${where}: "${name}" must be an array`);
    items.forEach((item, i) => {
      if (item === null || typeof item !== "object" || Array.isArray(item)) throw new Error(`${where}: ${name}[${i}] must be an object`);
      if (typeof (item as { id?: unknown }).id !== "string") throw new Error(`${where}: ${name}[${i}].id must be a string`);
    });
    out[name] = items;
  }
  for (const key of ["version", "license", "citation"] as const) {
    if (typeof out[key] !== "string") out[key] = "";
  }
  return out as unknown as Dataset;
}

/** The raw dataset: from the file named by `BRIEFINGS_DATASET` when set, else the curated one. */
export function loadRawDataset(env: Readonly<Record<string, string | undefined>> = process.env): Dataset {
  const file = env.BRIEFINGS_DATASET;
  if (file === undefined || file === "") return curated;
  const path = resolve(file);
  let json: string;
  try {
    json = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`BRIEFINGS_DATASET=${file}: cannot read ${path} (${(error as Error).message})`, { cause: error });
  }
  return parseDatasetJson(json, `BRIEFINGS_DATASET=${file}`);
}

/**
 * The loaded dataset, shared by the whole process: a build bundles this module into more than one chunk (the pages'
 * and the route handlers'), and each copy would otherwise read, parse and neutralise the file again.
 */
interface Loaded {
  /** The file it came from (`BRIEFINGS_DATASET`), "" for the curated dataset. */
  file: string;
  raw: Dataset;
  safe?: Dataset;
}

const LOADED = Symbol.for("@briefings/web dataset");

/** The dataset this process loaded (from the file `BRIEFINGS_DATASET` names now), loading it on first use. */
function loaded(): Loaded {
  const shared = globalThis as { [LOADED]?: Loaded };
  const file = process.env.BRIEFINGS_DATASET ?? "";
  const hit = shared[LOADED];
  if (hit && hit.file === file) return hit;
  return (shared[LOADED] = { file, raw: loadRawDataset() });
}

/** The dataset as published for download (unchanged). Loaded once per process. */
export function getRawDataset(): Dataset {
  return loaded().raw;
}

/**
 * The dataset for display: every string with its control characters neutralised (offsets preserved,
 * `neutralize` of `@briefings/core/text`, plain style). Loaded once per process.
 */
export function getDataset(): Dataset {
  const l = loaded();
  return (l.safe ??= neutralizeDeep(l.raw, "plain"));
}
