// Mutation testing of core's validation rules, text functions and queries (the search engine: see bench/MUTATION.md) (`pnpm mutation` at the root runs it, then writes bench/MUTATION.md).
// Incremental: mutants whose code and tests did not change keep their result from
// stryker-incremental.json (kept locally, not in git: about 1 MB per run), so a re-run only tests what changed.
// STRYKER_CONCURRENCY sets the number of test processes (default 2: the machine is shared).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "src/validate/rules/**/*.ts",
    "src/text/**/*.ts",
    "src/queries/**/*.ts",
    "!src/**/*.test.ts",
    "!src/validate/rules/test-helpers.ts",
    "!src/**/index.ts",
  ],
  ignorePatterns: ["dist", "test/consumers", "reports", "coverage"],
  coverageAnalysis: "perTest",
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  // Static mutants (module-level constants: regular expressions, sets) each need the whole suite
  // re-run; on this shared 2-core machine that is most of the time. They are reported as ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "stryker-incremental.json",
  reporters: ["json", "html", "clear-text", "progress-append-only"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
