// Mutation testing of the ingest's repair and extract steps (`pnpm mutation` at the root runs it, then writes
// bench/MUTATION.md). Mutants run against the unit tests beside the code (`vitest.mutation.config.ts`): the
// end-to-end tests of `test/` and `eval/` run the whole pipeline for each case, which on this shared machine
// costs seconds per mutant and tells less about which step broke. The options every package shares are in
// @briefings/testing/stryker.
import { strykerConfig } from "@briefings/testing/stryker";

export default strykerConfig({
  mutate: ["src/repair/**/*.ts", "src/extract/**/*.ts", "!src/repair/types.ts"],
  ignorePatterns: ["bench", "eval"],
});
