// Prints what the dataset holds: meetings by year, type and review state, and the totals of every
// other record. `--data FILE` reads a dataset file instead of the curated one; `--json` prints JSON.
import { readFileSync } from "node:fs";
import { dataset as curated } from "../src/dataset";
import { datasetStats } from "../src/queries/summary";
import type { Dataset } from "../src/schemas/dataset";

const args = process.argv.slice(2);
const dataFlag = args.indexOf("--data");
const file = dataFlag >= 0 ? args[dataFlag + 1] : undefined;
if (dataFlag >= 0 && file === undefined) {
  console.error("stats: --data needs a file");
  process.exit(2);
}
const dataset = file === undefined ? curated : (JSON.parse(readFileSync(file, "utf8")) as Dataset);
const stats = datasetStats(dataset);
if (args.includes("--json")) {
  console.log(JSON.stringify(stats, null, 2));
} else {
  const row = (label: string, c: { curated: number; draft: number }) =>
    `  ${label.padEnd(32)} ${String(c.curated + c.draft).padStart(4)}   curated ${String(c.curated).padStart(4)}   draft ${String(c.draft).padStart(4)}`;
  console.log(`Meetings: ${stats.totals.meetings} (curated ${stats.byReview.curated}, draft ${stats.byReview.draft}); curated meetings span ${stats.curatedYears} years`);
  console.log("\nBy year:");
  for (const year of Object.keys(stats.byYear).sort()) console.log(row(year, stats.byYear[year]!));
  console.log("\nBy type:");
  for (const type of Object.keys(stats.byType).sort()) console.log(row(type, stats.byType[type]!));
  console.log("\nRecords:");
  for (const [name, count] of Object.entries(stats.totals)) console.log(`  ${name.padEnd(32)} ${String(count).padStart(4)}`);
}
