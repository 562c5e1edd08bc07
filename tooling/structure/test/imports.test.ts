// No import loop, visible or hidden (issue 14): every reference from one package to another (an import, a path
// into its folder, a run of its command) is declared in package.json (or as a turbo task dependency), the
// declared graph has no cycle, and inside each package no module imports itself back at run time.
import { describe, expect, it } from "vitest";
import { cycles, moduleGraph, PACKAGES, references } from "./workspace";

describe("the workspace's packages", () => {
  it("are found (apps, packages, tooling)", () => {
    const names = PACKAGES.map((p) => p.name);
    for (const name of ["@briefings/core", "@briefings/export", "@briefings/ingest", "@briefings/synthetic", "@briefings/tui", "@briefings/web"]) expect(names).toContain(name);
  });

  it("reference no other package they do not declare (a hidden edge, as core's bench once ran synthetic's command)", () => {
    const undeclared: string[] = [];
    // This package names the others as data (what to check), never as code it runs.
    for (const pkg of PACKAGES.filter((p) => p.name !== "@briefings/structure")) {
      for (const [name, where] of references(pkg)) if (!pkg.declared.has(name) && !pkg.declaredByRoot.has(name)) undeclared.push(`${pkg.name} -> ${name}: ${where.slice(0, 3).join(", ")}`);
    }
    expect(undeclared).toEqual([]);
  });

  it("form no cycle through their declared dependencies", () => {
    const graph = new Map(PACKAGES.map((p) => [p.name, [...p.declared]]));
    expect(cycles(graph)).toEqual([]);
  });

  it("core depends on no other package but the shared configs and test tooling", () => {
    const core = PACKAGES.find((p) => p.name === "@briefings/core")!;
    expect([...core.declared].sort()).toEqual(["@briefings/eslint-config", "@briefings/testing", "@briefings/tsconfig"]);
  });
});

describe("the modules inside each package", () => {
  it.each(PACKAGES.map((p) => [p.name, p] as const))("%s: no module imports itself back at run time", (_, pkg) => {
    expect(cycles(moduleGraph(pkg))).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("find a cycle and only a cycle", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c"]]);
    expect(cycles(new Map([["a", ["a"]]]))).toEqual([["a"]]);
    expect(cycles(new Map([["a", ["b"]], ["b", []]]))).toEqual([]);
  });

  it("see the module graph: core's index imports its queries", () => {
    const core = PACKAGES.find((p) => p.name === "@briefings/core")!;
    const graph = moduleGraph(core);
    expect(graph.get("packages/core/src/index.ts")?.length).toBeGreaterThan(3);
  });

  it("see references: the terminal UI imports core and ingest", () => {
    const tui = PACKAGES.find((p) => p.name === "@briefings/tui")!;
    const refs = references(tui);
    expect(refs.has("@briefings/core")).toBe(true);
    expect(refs.has("@briefings/ingest")).toBe(true);
  });
});
