// Test helpers: locating the seed source of @briefings/core and the synthetic fixtures.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { dataset } from "@briefings/core";

/** Root directory of @briefings/core. */
export const coreRoot = dirname(createRequire(import.meta.url).resolve("@briefings/core/package.json"));

/** The curated seed: its source (found as the archived source whose file is the seed press release), meeting and bytes. */
export function seed() {
  const source = dataset.sources.find((s) => s.archive?.file.endsWith("ctc-2019-06-27-soft-targets-press-release.txt"));
  if (!source?.archive) throw new Error("the seed source is not in the dataset");
  const meeting = dataset.meetings.find((m) => m.sources.includes(source.id));
  if (!meeting) throw new Error("no meeting cites the seed source");
  const bytes = readFileSync(join(coreRoot, source.archive.file));
  return { source, meeting, bytes };
}

/** Bytes of a synthetic fixture. */
export const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
