// The Stryker preset every mutation-tested package extends (`pnpm mutation` at the root runs each package's
// stryker.config.mjs, then writes bench/MUTATION.md). A package says only what it mutates and what Stryker's sandbox
// may leave out; everything else is the same everywhere:
// - the vitest runner, with the package's `vitest.mutation.config.ts` (the unit tests beside the code);
// - incremental: mutants whose code and tests did not change keep their result from stryker-incremental.json (kept
//   locally, not in git: about 1 MB per run), so a re-run only tests what changed;
// - STRYKER_CONCURRENCY sets the number of test processes (default 2: the machine is shared);
// - static mutants (module-level constants: regular expressions, sets, tables) each need the whole suite re-run; on a
//   shared 2-core machine that is most of the time, so they are reported as ignored.

/** What Stryker's sandbox never needs, in every package. */
const IGNORED = ["dist", "reports", "coverage"];

/** Files that are never mutated: the tests themselves and the barrels that only re-export. */
const NEVER_MUTATED = ["!src/**/*.test.ts", "!src/**/index.ts"];

/**
 * A package's Stryker options.
 * @param {{ mutate: string[], ignorePatterns?: string[] }} options `mutate`: the globs of the code to mutate (the
 *   tests and `index.ts` barrels are left out here); `ignorePatterns`: folders the sandbox may leave out besides
 *   `dist`, `reports` and `coverage`.
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerConfig({ mutate, ignorePatterns = [] }) {
  return {
    testRunner: "vitest",
    vitest: { configFile: "vitest.mutation.config.ts" },
    plugins: ["@stryker-mutator/vitest-runner"],
    mutate: [...mutate, ...NEVER_MUTATED],
    ignorePatterns: [...IGNORED, ...ignorePatterns],
    coverageAnalysis: "perTest",
    concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
    timeoutMS: 60_000,
    ignoreStatic: true,
    incremental: true,
    incrementalFile: "stryker-incremental.json",
    reporters: ["json", "html", "clear-text", "progress-append-only"],
    jsonReporter: { fileName: "reports/mutation/mutation.json" },
    htmlReporter: { fileName: "reports/mutation/mutation.html" },
    tempDirName: ".stryker-tmp",
    cleanTempDir: "always",
  };
}
