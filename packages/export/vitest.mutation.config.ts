import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the writers (`src/**`). The tests of `test/` run the
// CLI and the built package end to end: seconds per mutant on this shared machine, and they do not say which writer
// broke. (`include` is replaced, not merged: vitest's mergeConfig would append it to the base's list.)
export default defineConfig({ ...base, test: { ...base.test, include: ["src/**/*.test.ts"] } });
