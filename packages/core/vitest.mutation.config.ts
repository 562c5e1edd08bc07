import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the mutated code (validation, text, queries).
// The tests of `data/` (the curated record) and `test/` (the built package) do not target them, and on this
// shared machine each extra test file costs seconds per mutant. (`include` is replaced, not merged: vitest's
// mergeConfig appends arrays, so until 2026-12-02 every run here used the whole suite.)
export default defineConfig({ ...base, test: { ...base.test, include: ["src/validate/**/*.test.ts", "src/text/**/*.test.ts", "src/queries/**/*.test.ts"] } });
