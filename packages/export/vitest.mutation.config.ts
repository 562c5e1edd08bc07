import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests Stryker runs against mutants: the unit tests beside the writers (`src/**`), not those that run a whole
// export to disk (`atomic.test.ts`, `index.test.ts`: every format per case; under Stryker's coverage on this shared
// machine one passed its 60 s limit in the initial run) nor `test/` (the CLI and the built package, end to end).
// (`include` is replaced, not merged: vitest's mergeConfig would append it to the base's list.)
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["src/**/*.test.ts"], exclude: [...(base.test?.exclude ?? ["**/node_modules/**"]), "src/atomic.test.ts", "src/index.test.ts"] },
});
