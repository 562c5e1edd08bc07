// Narrow runs of src/extract/** (`npx stryker run stryker.extract.config.mjs --mutate <files> --concurrency 1`): the
// mutants run against the extract tests that call each step directly (`vitest.mutation-extract.config.ts`), not
// posts/names/quotes.test.ts, which run the whole extract() per case (about 5 mutants a minute at load 12: over five
// hours for people.ts alone). A score taken here is a lower bound of the score against every unit test. See
// bench/MUTATION.md ("ingest extract").
import { strykerConfig } from "@briefings/testing/stryker";

const base = strykerConfig({ mutate: ["src/extract/**/*.ts"], ignorePatterns: ["bench", "eval"] });

export default {
  ...base,
  vitest: { configFile: "vitest.mutation-extract.config.ts" },
  incrementalFile: "reports/stryker-incremental-extract.json",
  // A mutant's covering tests take a few seconds here; 20 s over that is a loop, not load.
  timeoutMS: 20_000,
};
