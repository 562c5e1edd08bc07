// Validates the curated dataset (schemas and every rule) and writes src/generated/dataset.json.
// `--check` fails instead of writing when the generated file is out of date (used by the tests);
// `--dry` validates and writes nothing (for curators checking their records while others work).
// Records that changed need a new data version: `--bump patch|minor|major` records one in data/versions.json.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { curated } from "../data/curated";
import { renderDatasetJson } from "../data/curated/render";
import { checkDataVersion, citationFor, renderVersions, withNewVersion, type BumpLevel } from "../data/curated/version";
import { formatPath, validateDataset } from "../src/validate";

const target = new URL("../src/generated/dataset.json", import.meta.url);
const result = validateDataset(curated);
if (!result.ok) {
  for (const p of result.problems) console.error(`data/curated: ${formatPath(p.path)}: ${p.message} [${p.rule}]`);
  console.error(`\n${result.problems.length} problem(s); src/generated/dataset.json not written.`);
  process.exit(1);
}
const bump = process.argv[process.argv.indexOf("--bump") + 1] as BumpLevel | undefined;
if (process.argv.includes("--bump") && !["patch", "minor", "major"].includes(bump ?? "")) {
  console.error("--bump takes patch, minor or major.");
  process.exit(2);
}
const versioned = checkDataVersion(result.dataset);
if (!versioned.ok && process.argv.includes("--bump") && !process.argv.includes("--check") && !process.argv.includes("--dry")) {
  const history = withNewVersion(result.dataset, bump!);
  const next = history.at(-1)!.version;
  writeFileSync(new URL("../data/versions.json", import.meta.url), renderVersions(history));
  result.dataset.version = next;
  result.dataset.citation = citationFor(next);
  console.log(`data version ${versioned.version} -> ${next} (data/versions.json)`);
} else if (!versioned.ok) {
  console.error(`data/curated: ${versioned.message}`);
  process.exit(1);
} else if (process.argv.includes("--bump")) {
  console.log(`the records are those of data version ${versioned.version}: nothing to bump.`);
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
