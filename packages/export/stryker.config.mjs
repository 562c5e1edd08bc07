// Mutation testing of export's writers (`pnpm mutation` at the root runs it, then writes bench/MUTATION.md): every
// format's writer and the tables they share, against the unit tests beside them (`vitest.mutation.config.ts`). Not
// mutated: the CLI (`cli.ts`, tested end to end in `test/`), the file loader, the worker pool and the atomic writes to
// disk (`atomic.ts`: side effects at the edges, tested by whole exports). The options every package shares are in @briefings/testing/stryker.
import { strykerConfig } from "@briefings/testing/stryker";

export default strykerConfig({
  mutate: ["src/**/*.ts", "!src/cli.ts", "!src/load.ts", "!src/pool.ts", "!src/atomic.ts"],
  ignorePatterns: ["bench", "release"],
});
