// Draws the audit sample: N curated meetings chosen by a seeded pseudo-random generator (not by
// hand), printed with the addresses of their sources, for a re-check recorded in data/AUDIT.md.
// Usage: tsx scripts/audit-sample.ts [--seed N] [--size N] [--json]
import { dataset } from "../src/dataset";
import { auditSample } from "../src/queries/audit";
import { sourceUrl } from "../src/queries/sources";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`audit-sample: ${name} needs a non-negative integer`);
    process.exit(2);
  }
  return value;
};
const seed = option("--seed", 20261202);
const size = option("--size", 20);
const sample = auditSample(dataset, { seed, size });
const bySource = new Map(dataset.sources.map((s) => [s.id, s]));
if (args.includes("--json")) {
  console.log(JSON.stringify({ seed, size, meetings: sample.map((m) => m.id) }, null, 2));
} else {
  console.log(`Audit sample: ${sample.length} of ${dataset.meetings.filter((m) => m.review.state === "curated").length} curated meetings, seed ${seed}`);
  for (const m of sample) {
    console.log(`\n${m.id}  (${m.title.value})`);
    for (const id of m.sources) {
      const s = bySource.get(id);
      console.log(`  ${id}: ${s ? (sourceUrl(s) ?? s.locations[0]?.url ?? s.locations[0]?.path ?? "") : "?"}`);
    }
  }
}
