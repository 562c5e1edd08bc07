import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the mutated code (repair and extract).
// The end-to-end tests of `test/` and `eval/` run the whole pipeline per case: seconds per mutant here.
// (`include` is replaced, not merged: vitest's mergeConfig would append it to the base's list.)
export default defineConfig({ ...base, test: { ...base.test, include: ["src/repair/**/*.test.ts", "src/extract/**/*.test.ts"] } });
