// The synthetic dataset: N briefings in date order over about twenty years, from one seed.
import type { CollectionName, Dataset } from "@briefings/core";
import { writeBriefing } from "./briefing";
import { addDays } from "./dates";
import { createPools } from "./pools";
import { createRng } from "./prng";
import { Records } from "./records";

/** Options of `generateDataset`. */
export interface GenerateOptions {
  /** Number of briefings (meetings), a positive integer. */
  briefings: number;
  /** Seed of the pseudo-random generator (an unsigned 32-bit integer); the same seed gives the same dataset. */
  seed?: number;
}

/** The seed used when none is given. */
export const DEFAULT_SEED = 20190627;

/** Day the first synthetic briefing is held. */
const FIRST_DAY = "2001-10-01";
/** About how many days the briefings are spread over. */
const SPREAD_DAYS = 7300;

/**
 * Generates a deterministic synthetic dataset of `briefings` meetings that passes `validateDataset`
 * (schemas and every rule): each meeting has an archived press release that contains its quotes,
 * names and figures, with code point evidence spans, corrections and hashes. Speakers come from a
 * shared pool of about N/4 + 20 people whose posts change over time.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const records = new Records();
  for (const _ of briefingsOf(options, records)) {
    // Every record stays in `records`.
  }
  const { briefings, seed = DEFAULT_SEED } = options;
  return {
    version: "0.1.0",
    license: "CC-BY-4.0",
    citation: citationOf(briefings, seed),
    sources: records.sources,
    corrections: records.corrections,
    organizations: records.organizations,
    people: records.people,
    roles: records.roles,
    meetings: records.meetings,
    participations: records.participations,
    statements: records.statements,
    quotes: records.quotes,
    figures: records.figures,
  };
}

function citationOf(briefings: number, seed: number): string {
  return `Synthetic briefings dataset (${briefings} briefings, seed ${seed}), generated for benchmarks by @briefings/synthetic; not real records.`;
}

/** Writes the briefings into `records` one at a time, yielding after each. */
function* briefingsOf(options: GenerateOptions, records: Records): Generator<number> {
  const { briefings, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(briefings) || briefings < 1) throw new RangeError(`briefings must be a positive integer, not ${briefings}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer from 0 to 4294967295, not ${seed}`);
  const rng = createRng(seed);
  const pools = createPools(rng, briefings);
  const ctx = { rng, pools, records, meetingIds: new Set<string>(), previousByTopic: new Map() };
  const maxGap = Math.max(0, Math.floor((2 * SPREAD_DAYS) / briefings));
  let day = FIRST_DAY;
  for (let i = 0; i < briefings; i++) {
    writeBriefing(ctx, i, day);
    day = addDays(day, rng.int(0, maxGap));
    yield i;
  }
}

/** The collections a briefing adds records to that no later briefing changes. */
const PER_BRIEFING = ["sources", "corrections", "meetings", "participations", "statements", "quotes", "figures"] as const;

/** One record of a generated dataset and the collection it belongs to. */
export interface GeneratedRecord {
  collection: CollectionName;
  record: Dataset[CollectionName][number];
}

/**
 * The records of `generateDataset(options)`, the same ones, as they are made: each briefing's sources,
 * corrections, meeting, participations, statements, quotes and figures right after it (and then
 * forgotten, so memory does not grow with them), the organizations, people and roles (whose periods
 * later briefings widen) at the end. For streaming large datasets; `datasetHeader` gives the rest.
 */
export function* generateRecords(options: GenerateOptions): Generator<GeneratedRecord> {
  const records = new Records();
  for (const _ of briefingsOf(options, records)) {
    for (const collection of PER_BRIEFING) {
      const list = records[collection] as Dataset[CollectionName][number][];
      for (const record of list) yield { collection, record };
      list.length = 0;
    }
  }
  for (const collection of ["organizations", "people", "roles"] as const) for (const record of records[collection]) yield { collection, record };
}

/** The dataset-level fields (`version`, `license`, `citation`) of `generateDataset(options)`. */
export function datasetHeader(options: GenerateOptions): Pick<Dataset, "version" | "license" | "citation"> {
  return { version: "0.1.0", license: "CC-BY-4.0", citation: citationOf(options.briefings, options.seed ?? DEFAULT_SEED) };
}
