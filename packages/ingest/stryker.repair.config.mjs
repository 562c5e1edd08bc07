// Stryker for `src/repair/**` alone, against the repair unit tests without the whole-pipeline suites
// (`vitest.mutation-repair.config.ts`): `npx stryker run stryker.repair.config.mjs --mutate <files> --concurrency 1`.
// Its incremental file is separate from the main config's, so the two never mix results.
import { strykerConfig } from "@briefings/testing/stryker";

const base = strykerConfig({ mutate: ["src/repair/**/*.ts", "!src/repair/types.ts"], ignorePatterns: ["bench", "eval"] });

export default {
  ...base,
  vitest: { configFile: "vitest.mutation-repair.config.ts" },
  incrementalFile: "reports/stryker-incremental.repair.json",
  jsonReporter: { fileName: "reports/mutation/repair.json" },
  htmlReporter: { fileName: "reports/mutation/repair.html" },
};
