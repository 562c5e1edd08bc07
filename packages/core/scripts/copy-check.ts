// Copy check: reports every run of 8 or more consecutive words (case- and punctuation-folded) that a
// text field of the dataset written in the curators' words shares with a page of the folder (retrieved
// source texts, `<page-id>.txt`). Titles, names and document symbols are the sources' words by design
// and are not checked; runs that also occur in the archived seed (the one source the repo may quote)
// are exempt.
// Usage: tsx scripts/copy-check.ts <folder of pages> [--data FILE] [--words N] [--json]
// Exit 0 when nothing is shared, 1 when runs are found, 2 on a usage or input error.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { dataset as curated } from "../src/dataset";
import type { Dataset } from "../src/schemas/dataset";
import { MIN_SHARED_WORDS, ownTextFields, sharedRuns, shingleIndex } from "../src/text/shared-runs";

const MAX_PAGE_BYTES = 4 * 1024 * 1024;

function fail(message: string): never {
  console.error(`copy-check: ${message}`);
  process.exit(2);
}

const USAGE = "usage: copy-check <folder of pages> [--data FILE] [--words N] [--json]";
let folder: string | undefined;
let dataFile: string | undefined;
let n = MIN_SHARED_WORDS;
let json = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--json") json = true;
  else if (a === "--data" || a === "--words") {
    const v = args[++i];
    if (v === undefined) fail(`${a} needs a value`);
    if (a === "--data") dataFile = v;
    else {
      n = Number(v);
      if (!Number.isSafeInteger(n) || n < 2) fail("--words needs an integer of at least 2");
    }
  } else if (a.startsWith("--") || folder !== undefined) fail(`unexpected argument ${a}; ${USAGE}`);
  else folder = a;
}
if (folder === undefined) fail(USAGE);

let dataset: Dataset;
try {
  dataset = dataFile === undefined ? curated : (JSON.parse(readFileSync(dataFile, "utf8")) as Dataset);
} catch (e) {
  fail(`cannot read the dataset ${dataFile}: ${(e as Error).message}`);
}

let names: string[];
try {
  if (!statSync(folder).isDirectory()) fail(`${folder} is not a folder`);
  names = readdirSync(folder).filter((f) => f.endsWith(".txt")).sort();
} catch (e) {
  fail(`cannot read the folder ${folder}: ${(e as Error).message}`);
}
if (names.length === 0) fail(`${folder} holds no .txt page`);

const pages: { id: string; text: string }[] = [];
for (const name of names) {
  const file = join(folder, name);
  const size = statSync(file).size;
  if (size > MAX_PAGE_BYTES) {
    console.error(`copy-check: ${file}: skipped (${size} bytes, over ${MAX_PAGE_BYTES})`);
    continue;
  }
  pages.push({ id: name.slice(0, -".txt".length), text: readFileSync(file, "utf8") });
}

const index = shingleIndex(pages, n);
const exempt = new Set(shingleIndex(dataset.sources.flatMap((s) => (s.archive ? [{ id: s.id, text: s.archive.text }] : [])), n).keys());
const fields = ownTextFields(dataset as unknown as Record<string, unknown>);
const hits = fields.flatMap((f) => sharedRuns(f, index, exempt, n));

if (json) {
  console.log(JSON.stringify({ pages: pages.length, fields: fields.length, words: n, hits }, null, 2));
} else {
  for (const h of hits) console.log(`${h.path}\n  ${h.pages.join(", ")}\n  (${h.words.length} words) ${h.words.join(" ")}`);
  const affected = new Set(hits.map((h) => h.path)).size;
  console.log(`${hits.length} run(s) of ${n}+ words shared with ${pages.length} pages, in ${affected} of ${fields.length} text fields`);
}
process.exit(hits.length > 0 ? 1 : 0);
