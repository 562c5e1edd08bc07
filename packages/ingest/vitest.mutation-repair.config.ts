import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// A narrower suite for Stryker runs of `src/repair/**` alone (`stryker.repair.config.mjs`): the unit tests of the
// repair steps, without the two suites that run the whole pipeline per case (`index.test.ts`, `properties.test.ts`),
// which cover every repair mutant and cost seconds each on this shared machine. Scores measured with it are lower
// bounds: those two suites can only kill more.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["src/repair/**/*.test.ts"],
    exclude: ["src/repair/index.test.ts", "src/repair/properties.test.ts", "**/node_modules/**"],
  },
});
