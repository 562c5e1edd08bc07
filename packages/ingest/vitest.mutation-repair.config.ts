import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// A narrower suite for Stryker runs of `src/repair/**` alone (`stryker.repair.config.mjs`): the unit tests of the
// repair steps, without the two suites that run the whole pipeline per case (`index.test.ts`, `properties.test.ts`),
// which cover every repair mutant and cost seconds each on this shared machine. `REPAIR_TESTS=script,apply` narrows
// it further to the tests of those files (`script.test.ts`, `script.*.test.ts`, ...): a shared helper such as
// `script.ts` is reached by every detector's tests, so each of its mutants would otherwise run most of the suite.
// Scores measured with either are lower bounds: the tests left out can only kill more.
const only = (process.env.REPAIR_TESTS ?? "").split(",").filter((name) => /^[a-z-]+$/u.test(name));
// `REPAIR_EXCLUDE=markup.hostile` leaves out `src/repair/markup.hostile.test.ts` (a million characters per input: seconds
// per mutant); the score is then a lower bound too.
const left = (process.env.REPAIR_EXCLUDE ?? "").split(",").filter((name) => /^[a-z-]+(\.[a-z-]+)*$/u.test(name));

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: only.length > 0 ? only.flatMap((name) => [`src/repair/${name}.test.ts`, `src/repair/${name}.*.test.ts`]) : ["src/repair/**/*.test.ts"],
    exclude: ["src/repair/index.test.ts", "src/repair/properties.test.ts", "**/node_modules/**", ...left.map((name) => `src/repair/${name}.test.ts`)],
  },
});
