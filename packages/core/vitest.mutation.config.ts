import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the mutated code (validation, text, queries).
// The tests of `data/` (the curated record) and `test/` (the built package) do not target them, and on this shared machine each extra test file costs seconds per mutant.
export default mergeConfig(base, defineConfig({ test: { include: ["src/validate/**/*.test.ts", "src/text/**/*.test.ts", "src/queries/**/*.test.ts"] } }));
