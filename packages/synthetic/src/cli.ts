#!/usr/bin/env node
// briefings-synthetic --briefings N --out FILE: writes a synthetic dataset (JSON or module) for benchmarks.
import { neutralize } from "@briefings/core/text";
import { parseArguments, USAGE } from "./arguments";
import { writeDatasetFile } from "./files";

/** Paths and messages are printed through core's neutraliser. */
const safe = (text: string) => neutralize(text, "terminal");

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(`briefings-synthetic: ${safe((error as Error).message)}\n${USAGE}`);
  process.exit(2);
}
try {
  const bytes = writeDatasetFile(options.out, options.briefings, options);
  console.log(`wrote ${safe(options.out)}: ${options.briefings} briefings, ${bytes} bytes`);
} catch (error) {
  console.error(`briefings-synthetic: cannot write ${safe(options.out)}: ${safe((error as Error).message)}`);
  process.exit(1);
}
