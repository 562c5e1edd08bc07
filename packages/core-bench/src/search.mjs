// Child process of run.mjs: search on one dataset file. Every engine indexes the same documents (core's
// `searchDocuments`) and answers the same queries in this process, interleaved query by query, so that
// load on the machine hits them alike; a linear scan is the floor everyone must beat.
// An engine whose queries have taken BUDGET_MS in all (default 20 s) is not asked again in later rounds
// (it keeps at least one full round), so a slow engine at 10,000 briefings does not hold the run for
// minutes; the report gives every engine's number of samples.
// usage: node --expose-gc src/search.mjs FILE QUERY_REPS [ENGINE,...] [BUDGET_MS]; prints one JSON line.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { searchDocuments } from "@briefings/core";
import { buildSearchIndex, ShardedSearch, shardSearchIndex } from "@briefings/core/search";
import { stats } from "@briefings/bench/stats";
import { ENGINES, LIMIT } from "./engines.mjs";

const [file, repsText, only, budgetText] = process.argv.slice(2);
const reps = Number(repsText);
const budgetMs = Number(budgetText ?? 20_000);
const names = only ? only.split(",") : Object.keys(ENGINES);
const gc = globalThis.gc ?? (() => {});
const dataset = JSON.parse(readFileSync(file, "utf8"));
const documents = searchDocuments(dataset);

// A fixed query set: words a reader types (some as prefixes, one that finds nothing), plus names from the data.
const person = dataset.people[0];
const organization = dataset.organizations.find((o) => o.acronym) ?? dataset.organizations[0];
const title = dataset.meetings[0].title.value.split(" ");
export const queries = [
  "soft targets",
  "counter-terrorism",
  "critical infrastructure",
  "financing",
  "rule of law",
  "protection",
  "resolution",
  "interpol",
  "co",
  "a",
  "pro",
  "the",
  "zzzz",
  person.familyName ?? person.name,
  (person.givenName ?? person.name).slice(0, 3),
  organization.acronym ?? organization.name,
  `${title[0]} ${title[title.length - 1]}`,
  dataset.meetings[0].dates.value.start,
];

const heapUsed = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

// Build every engine (time and retained heap), then query them interleaved.
const built = {};
const results = {};
for (const name of names) {
  const before = heapUsed();
  const t0 = performance.now();
  const query = ENGINES[name].build(documents);
  const buildMs = performance.now() - t0;
  built[name] = query;
  results[name] = { label: ENGINES[name].label, buildMs, heapBytes: heapUsed() - before, samples: [], hits: [] };
}

const scan = (q) => {
  const needle = q.toLowerCase();
  const out = [];
  for (const d of documents) if (`${d.title} ${d.text} ${d.detail}`.toLowerCase().includes(needle)) out.push(d);
  return out.slice(0, LIMIT);
};
results.scan = { label: "linear scan (substring, baseline)", samples: [], hits: [] };
built.scan = scan;

for (const name of Object.keys(built)) for (const q of queries) results[name].hits.push(built[name](q).length); // warm-up, and hit counts
// Interleaved by round: each round runs every engine's queries in turn, after a collection, so that one
// engine's garbage is collected in its own time rather than in the next engine's.
const spent = Object.fromEntries(Object.keys(built).map((name) => [name, 0]));
for (let r = 0; r < reps; r++) {
  for (const name of Object.keys(built)) {
    if (r > 0 && spent[name] > budgetMs) continue;
    gc();
    for (const q of queries) {
      const t0 = performance.now();
      built[name](q);
      const t = performance.now() - t0;
      results[name].samples.push(t);
      spent[name] += t;
    }
  }
}
for (const name of Object.keys(built)) results[name].rounds = results[name].samples.length / queries.length;
// Per query (for the report): each engine's median.
const perQuery = queries.map((q, i) =>
  Object.fromEntries(Object.keys(built).map((name) => [name, stats(results[name].samples.filter((_, k) => k % queries.length === i)).median])),
);
for (const r of Object.values(results)) {
  r.stats = stats(r.samples);
  delete r.samples;
}

// The site's sharded index: what each query fetches (gzip), with the page size the site shows.
const SHOWN = 50;
const files = shardSearchIndex(buildSearchIndex(documents), ({ kind, id, meeting, title, detail }) => ({ kind, id, meeting, title, detail }));
const gzipOf = new Map([...files].map(([name, text]) => [name, gzipSync(text).length]));
const fetches = [];
for (const q of queries) {
  const client = new ShardedSearch(async (name) => JSON.parse(files.get(name)));
  await client.search(q, { limit: SHOWN });
  fetches.push({ query: q, files: client.loaded.length, gzip: client.loaded.reduce((n, f) => n + gzipOf.get(f), 0) });
}
const shards = {
  files: files.size,
  keyShards: [...files.keys()].filter((f) => f.startsWith("k")).length,
  gzip: [...gzipOf.values()].reduce((a, b) => a + b, 0),
  raw: [...files.values()].reduce((a, t) => a + Buffer.byteLength(t), 0),
  largestKeyShard: Math.max(...[...gzipOf].filter(([f]) => f.startsWith("k")).map(([, n]) => n)),
  largestChunk: Math.max(...[...gzipOf].filter(([f]) => f.startsWith("d")).map(([, n]) => n)),
  manifest: gzipOf.get("manifest.json"),
  shown: SHOWN,
  fetches,
};

console.log(JSON.stringify({ meetings: dataset.meetings.length, documents: documents.length, limit: LIMIT, budgetMs, queries, perQuery, engines: results, shards }));
