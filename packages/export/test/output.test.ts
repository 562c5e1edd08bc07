// Every byte of every format, pinned: a hash of each file an export writes, for the curated dataset (compact, and
// pretty with a site address and an id base) and a synthetic one. The fixture was written by this test from the
// export as it was before the speed work of issue 13 (`vitest run -u` rewrites it: only for a deliberate change of
// the output, said in the commit). The built library is checked too: it writes JSON-LD, Popolo and SQLite on a
// thread of its own that reads dataset.json (see src/format-thread.ts), which the sources, run directly, cannot.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateDataset } from "@briefings/synthetic";
import { describe, expect, it } from "vitest";
import { listFiles, seed, tempDir } from "./helpers";
import * as source from "../src/index";
import type { ExportOptions } from "../src/index";

// The built library (the `test` task depends on `build`).
const built = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof source;

/** The SHA-256 of every file under `dir`, by path. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dir)) out[file] = createHash("sha256").update(readFileSync(join(dir, file))).digest("hex");
  return out;
}

const curated = await seed();

const cases: [name: string, dataset: () => typeof curated, options: Omit<ExportOptions, "out">][] = [
  ["curated, compact", () => curated, {}],
  ["curated, pretty, site and id base", () => curated, { pretty: true, siteUrl: "https://briefings.example.org", idBase: "https://briefings.example.org/id/" }],
  ["synthetic, 40 briefings", () => generateDataset({ briefings: 40 }), {}],
];

describe.each([
  ["the sources", source, true, []],
  // Every format the thread can write, given to it: it reads the dataset from the export's dataset.json.
  ["the built library, with a format thread", built, ["jsonld", "popolo", "sqlite"], ["jsonld", "popolo", "sqlite"]],
  ["the built library, without one", built, false, []],
] as const)("the files of an export by %s", (_, lib, threads, threaded) => {
  it.each(cases)("are byte for byte as before: %s", async (name, dataset, options) => {
    const out = join(tempDir(), "out");
    const result = await lib.exportDataset(dataset(), { ...options, out, threads });
    expect(result.threaded).toEqual(threaded);
    await expect(`${JSON.stringify(hashes(out), null, 2)}\n`).toMatchFileSnapshot(`fixtures/export-hashes/${name.replaceAll(/[^a-z0-9]+/g, "-")}.json`);
  });
});
