import { describe, expect, it } from "vitest";
import { END, START, packageSection, percent, rewriteSummary, summarySections, tally } from "./mutation-summary.mjs";

const mutants = (...statuses) => statuses.map((status) => ({ status }));

describe("tally", () => {
  it("counts each status and scores detected over detected and undetected, ignored and errors left out", () => {
    expect(tally(mutants("Killed", "Killed", "Timeout", "Survived", "NoCoverage", "Ignored", "CompileError", "RuntimeError"))).toEqual({
      killed: 2,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      ignored: 1,
      errors: 2,
      score: 60,
    });
  });
  it("has no score when no mutant counts", () => {
    expect(tally(mutants("Ignored")).score).toBeNull();
    expect(percent(null)).toBe("n/a");
    expect(percent(200 / 3)).toBe("66.7%");
  });
});

describe("packageSection", () => {
  it("gives the package's total and a row per file, sorted by path", () => {
    const section = packageSection("packages/x", { files: { "src/b.ts": { mutants: mutants("Killed", "Survived") }, "src/a.ts": { mutants: mutants("Killed", "Ignored") } } }, "One run.");
    expect(section.split("\n")).toEqual([
      "### packages/x: 66.7% (2 of 3 detected)",
      "",
      "One run.",
      "",
      "| file | score | killed | timeout | survived | no coverage | ignored |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      "| src/a.ts | 100.0% | 1 | 0 | 0 | 0 | 1 |",
      "| src/b.ts | 50.0% | 1 | 0 | 1 | 0 | 0 |",
      "",
    ]);
  });
});

describe("rewriteSummary", () => {
  const doc = (...sections) => `# Notes\n\nbefore\n\n${START}\n${sections.join("")}${END}\n\nafter\n`;
  const core = "### packages/core: 90.0% (9 of 10 detected)\n\n| old core |\n\n";
  const ingest = "### packages/ingest (merged by hand)\n\n| old ingest |\n\n";

  it("reads the sections by package folder", () => {
    expect([...summarySections(doc(core, ingest))]).toEqual([
      ["packages/core", core],
      ["packages/ingest", ingest],
    ]);
    expect(summarySections("no markers").size).toBe(0);
  });
  it("replaces the sections of packages with a new report and keeps the others as they were (bug: a run of core erased ingest's)", () => {
    const fresh = new Map([["packages/core", "### packages/core: 95.0% (19 of 20 detected)\n\n| new core |\n\n"]]);
    expect(rewriteSummary(doc(core, ingest), ["packages/core", "packages/ingest", "packages/export"], fresh)).toBe(doc(fresh.get("packages/core"), ingest));
  });
  it("lists the sections in the packages' order, and adds the markers at the end of a document without them", () => {
    const fresh = new Map([["packages/export", "### packages/export: 1.0% (1 of 100 detected)\n"]]);
    expect(rewriteSummary(doc(ingest, core), ["packages/core", "packages/ingest", "packages/export"], fresh)).toBe(doc(core, ingest, fresh.get("packages/export")));
    expect(rewriteSummary("# Mutation testing\n", ["packages/export"], fresh)).toBe(`# Mutation testing\n\n${START}\n${fresh.get("packages/export")}${END}\n`);
  });
});
