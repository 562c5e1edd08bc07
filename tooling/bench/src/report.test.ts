import { describe, expect, it } from "vitest";
import type { ReportInput } from "./report";
import { assembleReport, cell, demote, describeLoad, ISSUE_TARGETS, loadOf, parseResults, targetRows, underLoad } from "./report";

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
    ['{"targets": [{"id": "x", "label": "l", "target": "t", "measured": "m", "met": true, "baseline": 3}]}', /targets\[0\]\.baseline is not a string/],
  ])("says what is wrong with %s", (text, message) => {
    expect(() => parseResults("p", text)).toThrow(message);
  });
});

describe("targetRows", () => {
  it("lists every row of the issue, measured or not, then other packages' targets", () => {
    const other = parseResults("@briefings/web", JSON.stringify({ targets: [{ id: "lcp", label: "LCP", target: "< 2.5 s", measured: "1.1 s", met: true }] }));
    const rows = targetRows([parseResults("@briefings/core-bench", coreResults), other]);
    expect(rows.map((r) => r[1])).toEqual([...ISSUE_TARGETS.map((t) => t.package), "@briefings/web"]);
    expect(rows.slice(0, ISSUE_TARGETS.length).map((r) => r[4])).toEqual(ISSUE_TARGETS.map((t) => t.goal));
    const byId = (id: string) => rows[ISSUE_TARGETS.findIndex((t) => t.id === id)]!;
    expect([byId("import")[3], byId("import")[5]]).toEqual(["1.19×", "met"]);
    expect([byId("load")[3], byId("load")[5]]).toEqual(["2.43×", "**not met**"]);
    expect([byId("validate")[3], byId("validate")[5]]).toEqual(["not measured", "—"]);
    expect(rows.at(-1)!.slice(3, 6)).toEqual(["1.1 s", "< 2.5 s", "met"]);
  });

  it("gives the baseline, the load average and the run of each row, and does not call a target met under load", () => {
    const loaded = parseResults(
      "@briefings/export",
      JSON.stringify({ quick: false, date: "2026-12-02T08:00:00.000Z", loads: [3.5, 9.25], targets: [{ id: "export-all", label: "Export", target: "< 10 s", measured: "8 s", baseline: "JSON.stringify: 2 s", met: true }] }),
    );
    const quiet = parseResults("@briefings/web", JSON.stringify({ quick: true, loadAverage: { start: 0.5, end: 1.5, cores: 4 }, targets: [{ id: "web-build", label: "Web build", target: "≤ 1.5×", measured: "1.2×", met: true }] }));
    const rows = targetRows([loaded, quiet], 2);
    const exportRow = rows.find((r) => r[0] === "Export")!;
    expect(exportRow.slice(2)).toEqual(["JSON.stringify: 2 s", "8 s", "< 10 s", "met under load (not a result)", "3.5 to 9.3 on 2 cores: **under load, not a result**", "full, 2026-12-02T08:00:00.000Z"]);
    const webRow = rows.find((r) => r[0] === "Web build")!;
    expect(webRow.slice(5)).toEqual(["met", "0.5 to 1.5 on 4 cores", "quick, date not recorded"]);
  });
});

it("says when a bench refused to measure", () => {
  const refused = parseResults("@briefings/tui", JSON.stringify({ date: "2026-12-02T08:00:00.000Z", refused: "load average 7.0 above the 2 cores before the run", loads: [7], targets: [] }));
  const row = targetRows([refused], 2).find((r) => r[1] === "@briefings/tui")!;
  expect(row[3]).toBe("not measured: the bench refused (load average 7.0 above the 2 cores before the run)");
  expect(row[6]).toBe("7.0 on 2 cores: **under load, not a result**");
});

describe("loadOf", () => {
  it("reads a start and end, or samples, and nothing else", () => {
    expect(loadOf({ loadAverage: { start: 2, end: 1, cores: 2 } })).toEqual({ min: 1, max: 2, cores: 2 });
    expect(loadOf({ loads: [4, "x", 6], cores: 8 })).toEqual({ min: 4, max: 6, cores: 8 });
    expect(loadOf({ loads: [] })).toBeUndefined();
    expect(loadOf({ loadAverage: "high" })).toBeUndefined();
  });

  it("describes a missing load as not recorded, and a quiet one without a warning", () => {
    expect(describeLoad(undefined, 2)).toBe("not recorded");
    expect(describeLoad({ min: 1, max: 1, cores: undefined }, 2)).toBe("1.0 on 2 cores");
    expect(underLoad({ min: 1, max: 2.5, cores: undefined }, 2)).toBe(true);
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
