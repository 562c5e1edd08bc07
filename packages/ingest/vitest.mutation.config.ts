import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the mutated code (repair and extract).
// The end-to-end tests of `test/` and `eval/` run the whole pipeline per case: seconds per mutant here.
export default mergeConfig(base, defineConfig({ test: { include: ["src/repair/**/*.test.ts", "src/extract/**/*.test.ts"] } }));
