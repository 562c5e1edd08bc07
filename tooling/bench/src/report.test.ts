import { describe, expect, it } from "vitest";
import type { ReportInput } from "./report";
import { assembleReport, cell, demote, ISSUE_TARGETS, parseResults, targetRows } from "./report";

const coreResults = JSON.stringify({
  package: "@briefings/core-bench",
  quick: false,
  targets: [
    { id: "import", label: "Cold import", target: "≤ 1.5×", measured: "1.19×", value: 1.19, met: true },
    { id: "load", label: "Load 10,000", target: "≤ 1.2×", measured: "2.43×", value: 2.43, met: false },
  ],
});

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    date: "2026-11-30T00:00:00.000Z",
    machine: { cpu: "AMD EPYC", cores: 2, memoryBytes: 24 * 1024 ** 3, platform: "Linux x64" },
    versions: { Node: "v20.20.2", pnpm: "10.34.9", zod: "4.1.12", next: "16.0.0", ink: "6.3.1" },
    quick: false,
    fragments: [
      { package: "@briefings/core-bench", path: "packages/core/bench/REPORT.md", content: "## @briefings/core\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n", written: "2026-11-30T00:00:00.000Z" },
      { package: "@briefings/web", path: "apps/web/bench/REPORT.md", content: undefined },
    ],
    results: [parseResults("@briefings/core-bench", coreResults)],
    ...overrides,
  };
}

describe("parseResults", () => {
  it("reads the targets of a results file", () => {
    const r = parseResults("@briefings/core-bench", coreResults);
    expect(r.quick).toBe(false);
    expect(r.targets.map((t) => [t.id, t.met])).toEqual([
      ["import", true],
      ["load", false],
    ]);
  });

  it.each([
    ["{", /not JSON/],
    ["[]", /not a JSON object/],
    ['{"targets": 3}', /targets is not an array/],
    ['{"targets": [{"id": "x", "label": "l", "target": "t", "measured": 5, "met": true}]}', /targets\[0\]\.measured is not a string/],
    ['{"targets": [{"id": "x", "label": "l", "target": "t", "measured": "m", "met": "yes"}]}', /targets\[0\]\.met/],
  ])("says what is wrong with %s", (text, message) => {
    expect(() => parseResults("p", text)).toThrow(message);
  });
});

describe("targetRows", () => {
  it("lists the issues' six targets, measured or not, then other packages' targets", () => {
    const other = parseResults("@briefings/web", JSON.stringify({ targets: [{ id: "lcp", label: "LCP", target: "< 2.5 s", measured: "1.1 s", met: true }] }));
    const rows = targetRows([parseResults("@briefings/core-bench", coreResults), other]);
    expect(rows.map((r) => [r[0], r[3], r[4]])).toEqual([
      ["@briefings/core-bench", "1.19×", "met"],
      ["@briefings/core-bench", "2.43×", "**not met**"],
      ["@briefings/core-bench", "not measured", "—"],
      ["@briefings/core-bench", "not measured", "—"],
      ["@briefings/core-bench", "not measured", "—"],
      ["@briefings/web", "not measured", "—"],
      ["@briefings/web", "1.1 s", "met"],
    ]);
    expect(rows.slice(0, 6).map((r) => r[2])).toEqual(ISSUE_TARGETS.map((t) => t.goal));
  });
});

describe("assembleReport", () => {
  it("has the date, machine, versions, run kind, targets, fragments and the packages not measured", () => {
    const report = assembleReport(input());
    expect(report).toMatch(/^# Benchmarks\n/);
    expect(report).toContain("Generated 2026-11-30T00:00:00.000Z by `pnpm bench` (full run)");
    expect(report).toContain("| CPU | AMD EPYC (2 logical cores) |");
    expect(report).toContain("| Memory | 24.0 GiB |");
    for (const v of ["| Node | v20.20.2 |", "| pnpm | 10.34.9 |", "| zod | 4.1.12 |", "| next | 16.0.0 |", "| ink | 6.3.1 |"]) expect(report).toContain(v);
    expect(report).toContain("## Not measured\n\n- @briefings/web: no `apps/web/bench/REPORT.md`");
    expect(report).toContain("## @briefings/core\n\n| a | b |");
    expect(report.indexOf("## Targets")).toBeLessThan(report.indexOf("## @briefings/core"));
  });

  it("marks a quick run, and results left from a run of the other kind", () => {
    const report = assembleReport(input({ quick: true }));
    expect(report).toContain("`pnpm bench --quick` (quick run");
    expect(report).toContain("Note: @briefings/core-bench was last measured in a full run, not in this quick run.");
  });

  it("adds a heading to a fragment without one, and nests top-level headings", () => {
    const report = assembleReport(
      input({
        fragments: [
          { package: "@briefings/tui", path: "apps/tui/bench/REPORT.md", content: "Startup: 80 ms\n" },
          { package: "@briefings/export", path: "packages/export/bench/REPORT.md", content: "# Export\n\n```\n# not a heading\n```\n" },
        ],
      }),
    );
    expect(report).toContain("## @briefings/tui\n\nStartup: 80 ms");
    expect(report).toContain("## Export\n\n```\n# not a heading\n```");
  });

  it("lists notes about unusable results", () => {
    expect(assembleReport(input({ notes: ["x/results.json is not usable (not JSON)"] }))).toContain("Note: x/results.json is not usable (not JSON)");
  });
});

describe("cell and demote", () => {
  it("keeps table cells on one line without pipes", () => {
    expect(cell("a | b\nc")).toBe("a \\| b c");
  });

  it("moves every heading of a fragment with top-level headings one level down, outside code fences", () => {
    expect(demote("# A\n## B\n```\n# c\n```")).toBe("## A\n### B\n```\n# c\n```");
  });

  it("leaves a fragment that starts at level 2 as it is", () => {
    expect(demote("## A\n### B")).toBe("## A\n### B");
  });
});
