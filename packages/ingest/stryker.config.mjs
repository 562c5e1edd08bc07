// Mutation testing of the ingest's repair and extract steps (`pnpm mutation` at the root runs it, then writes
// bench/MUTATION.md). Mutants run against the unit tests beside the code (`vitest.mutation.config.ts`): the
// end-to-end tests of `test/` and `eval/` run the whole pipeline for each case, which on this shared machine
// costs seconds per mutant and tells less about which step broke.
// Incremental: mutants whose code and tests did not change keep their result from stryker-incremental.json
// (kept locally, not in git), so a re-run only tests what changed.
// STRYKER_CONCURRENCY sets the number of test processes (default 2: the machine is shared).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/repair/**/*.ts", "src/extract/**/*.ts", "!src/**/*.test.ts", "!src/**/index.ts", "!src/repair/types.ts"],
  ignorePatterns: ["dist", "reports", "coverage", "bench", "eval"],
  coverageAnalysis: "perTest",
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  // Static mutants (module-level constants: regular expressions, tables) each need the whole suite re-run;
  // on this shared 2-core machine that is most of the time. They are reported as ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "stryker-incremental.json",
  reporters: ["json", "html", "clear-text", "progress-append-only"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
