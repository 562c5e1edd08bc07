// The pathological inputs of the reliability run (issue 15), shared by the test
// (test/pathological.test.ts) and the bench (bench/bench.mjs). Plain JavaScript so that the bench
// runs on the built package with node alone; types in pathological.d.mts.

/** Each input, with how to make it at a given number of repetitions (`full` = the size reported). */
export const PATHOLOGICAL = [
  { name: "300k &amp;", why: "each entity's edit was checked against every edit kept (quadratic)", full: 300_000, make: (n) => "&amp;".repeat(n) },
  { name: "400k 'the '", why: "doubled words: the same quadratic overlap check", full: 400_000, make: (n) => "the ".repeat(n) },
  { name: "1 MiB of spaces then x", why: "an expression anchored at the end backtracked over the run of spaces", full: 1_048_576, make: (n) => `${" ".repeat(n)}x` },
  { name: "1 MiB of A", why: "the acronym expression backtracked over a run of capitals", full: 1_048_576, make: (n) => "A".repeat(n) },
  { name: "150k spam tokens glued together", why: "one non-ASCII run of 600k characters read through every charset pair", full: 150_000, make: (n) => "缅北禁地".repeat(n) },
  { name: "150k spam tokens in prose", why: "the same token over and over between words", full: 150_000, make: (n) => "the 缅北禁地Office ".repeat(n) },
  { name: "50k lost-letter tokens", why: "an expression built from a token of 100k characters overflowed the stack", full: 50_000, make: (n) => `${"?a".repeat(n)} C?te` },
];
