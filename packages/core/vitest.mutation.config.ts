import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the mutated code (validation and text).
// The tests of `data/` (the curated record), `test/` (the built package) and the queries do not target
// the rules, and on this shared machine each extra test file costs seconds per mutant.
export default mergeConfig(base, defineConfig({ test: { include: ["src/validate/**/*.test.ts", "src/text/**/*.test.ts"] } }));
