import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests of narrow Stryker runs of src/extract/** (stryker.extract.config.mjs): the extract tests that call the steps
// directly. MUTATION_TESTS (comma-separated globs) replaces the list, e.g. to add posts/names/quotes.test.ts.
export default defineConfig({
  ...base,
  test: { ...base.test, include: (process.env.MUTATION_TESTS ?? "src/extract/extract.test.ts,src/extract/*.cases.test.ts").split(",") },
});
