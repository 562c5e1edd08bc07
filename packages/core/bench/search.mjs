// Child process of run.mjs: search index build and query latency for one dataset file, against a linear scan.
// usage: node --expose-gc bench/search.mjs FILE BUILD_REPS QUERY_REPS; prints one JSON line.
import { readFileSync } from "node:fs";
import { buildSearchIndex, search, searchDocuments } from "@briefings/core";
import { stats } from "./lib.mjs";

const [file, buildText, queryText] = process.argv.slice(2);
const buildReps = Number(buildText);
const queryReps = Number(queryText);
const gc = globalThis.gc ?? (() => {});
const dataset = JSON.parse(readFileSync(file, "utf8"));

const builds = [];
let documents;
let index;
for (let i = 0; i < buildReps; i++) {
  gc();
  const t0 = performance.now();
  documents = searchDocuments(dataset);
  index = buildSearchIndex(documents);
  builds.push(performance.now() - t0);
}
const indexBytes = Buffer.byteLength(JSON.stringify(index));

// A fixed query set: words a reader types (some as prefixes, one that finds nothing), plus names from the data.
const person = dataset.people[0];
const organization = dataset.organizations.find((o) => o.acronym) ?? dataset.organizations[0];
const title = dataset.meetings[0].title.value.split(" ");
const queries = [
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
  "zzzz",
  person.familyName ?? person.name,
  (person.givenName ?? person.name).slice(0, 3),
  organization.acronym ?? organization.name,
  `${title[0]} ${title[title.length - 1]}`,
  dataset.meetings[0].dates.value.start,
];

const scan = (q) => {
  const needle = q.toLowerCase();
  return documents.filter((d) => (d.title + d.text).toLowerCase().includes(needle));
};

function latency(fn) {
  for (const q of queries) fn(q); // warm up
  const samples = [];
  const hits = [];
  for (let r = 0; r < queryReps; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      const result = fn(q);
      samples.push(performance.now() - t0);
      if (r === 0) hits.push(result.length);
    }
  }
  return { stats: stats(samples), hits };
}

gc();
const indexed = latency((q) => search(index, q));
gc();
const linear = latency(scan);

console.log(
  JSON.stringify({
    meetings: dataset.meetings.length,
    documents: documents.length,
    queries,
    build: stats(builds),
    indexBytes,
    search: indexed.stats,
    searchHits: indexed.hits,
    scan: linear.stats,
    scanHits: linear.hits,
  }),
);
