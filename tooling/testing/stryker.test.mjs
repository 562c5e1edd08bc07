import { describe, expect, it } from "vitest";
import { strykerConfig } from "./stryker.mjs";

describe("strykerConfig", () => {
  it("mutates the package's globs, never its tests or barrels, and adds its ignored folders to the shared ones", () => {
    const config = strykerConfig({ mutate: ["src/a/**/*.ts", "!src/a/types.ts"], ignorePatterns: ["eval"] });
    expect(config.mutate).toEqual(["src/a/**/*.ts", "!src/a/types.ts", "!src/**/*.test.ts", "!src/**/index.ts"]);
    expect(config.ignorePatterns).toEqual(["dist", "reports", "coverage", "eval"]);
  });

  it("runs the package's mutation vitest config, incrementally, with static mutants ignored", () => {
    const config = strykerConfig({ mutate: ["src/**/*.ts"] });
    expect(config).toMatchObject({
      testRunner: "vitest",
      vitest: { configFile: "vitest.mutation.config.ts" },
      coverageAnalysis: "perTest",
      ignoreStatic: true,
      incremental: true,
      incrementalFile: "stryker-incremental.json",
      jsonReporter: { fileName: "reports/mutation/mutation.json" },
    });
    expect(config.ignorePatterns).toEqual(["dist", "reports", "coverage"]);
  });

  it("takes its concurrency from STRYKER_CONCURRENCY, 2 by default", () => {
    const saved = process.env.STRYKER_CONCURRENCY;
    try {
      delete process.env.STRYKER_CONCURRENCY;
      expect(strykerConfig({ mutate: [] }).concurrency).toBe(2);
      process.env.STRYKER_CONCURRENCY = "1";
      expect(strykerConfig({ mutate: [] }).concurrency).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.STRYKER_CONCURRENCY;
      else process.env.STRYKER_CONCURRENCY = saved;
    }
  });
});
