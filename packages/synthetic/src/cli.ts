#!/usr/bin/env node
// briefings-synthetic --briefings N --out FILE: writes a synthetic dataset (JSON or module) for benchmarks.
import { parseArguments, USAGE } from "./arguments";
import { writeDatasetFile } from "./files";

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(`briefings-synthetic: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
try {
  const bytes = writeDatasetFile(options.out, options.briefings, options);
  console.log(`wrote ${options.out}: ${options.briefings} briefings, ${bytes} bytes`);
} catch (error) {
  console.error(`briefings-synthetic: cannot write ${options.out}: ${(error as Error).message}`);
  process.exit(1);
}
