// Mutation testing of export's writers (`pnpm mutation` at the root runs it, then writes bench/MUTATION.md): every
// format's writer and the tables they share, against the unit tests beside them (`vitest.mutation.config.ts`). Not
// mutated: the CLI (`cli.ts`, tested end to end in `test/`), the file loader and the worker pool (side effects at the
// edges). The options every package shares are in @briefings/testing/stryker.
import { strykerConfig } from "@briefings/testing/stryker";

export default strykerConfig({
  mutate: ["src/**/*.ts", "!src/cli.ts", "!src/load.ts", "!src/pool.ts"],
  ignorePatterns: ["bench", "release"],
});
