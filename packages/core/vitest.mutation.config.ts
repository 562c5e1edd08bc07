import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the code. The tests of `data/` (the
// curated record) and `test/` (the built package) do not test the mutated logic on purpose.
export default mergeConfig(base, defineConfig({ test: { include: ["src/**/*.test.ts"] } }));
