// Validates the curated dataset (schemas and every rule) and writes src/generated/dataset.json.
// `--check` fails instead of writing when the generated file is out of date (used by the tests);
// `--dry` validates and writes nothing (for curators checking their records while others work).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { curated } from "../data/curated";
import { renderDatasetJson } from "../data/curated/render";
import { formatPath, validateDataset } from "../src/validate";

const target = new URL("../src/generated/dataset.json", import.meta.url);
const result = validateDataset(curated);
if (!result.ok) {
  for (const p of result.problems) console.error(`data/curated: ${formatPath(p.path)}: ${p.message} [${p.rule}]`);
  console.error(`\n${result.problems.length} problem(s); src/generated/dataset.json not written.`);
  process.exit(1);
}
const module = renderDatasetJson(result.dataset);
if (process.argv.includes("--dry")) {
  const curated = result.dataset.meetings.filter((m) => m.review.state === "curated").length;
  console.log(`valid: ${result.dataset.meetings.length} meetings (${curated} curated); nothing written (--dry).`);
} else if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing: out of date
  }
  if (current !== module) {
    console.error("src/generated/dataset.json is out of date: run `pnpm --filter @briefings/core generate`.");
    process.exit(1);
  }
  console.log("src/generated/dataset.json is up to date.");
} else {
  const temp = new URL("../src/generated/dataset.json.tmp", import.meta.url);
  mkdirSync(new URL(".", target), { recursive: true });
  writeFileSync(temp, module);
  renameSync(temp, target);
  console.log(`wrote src/generated/dataset.json (${result.dataset.meetings.length} meetings, ${module.length} bytes)`);
}
