import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { collectOutputs, findWorkspaceRoot, toolVersions, workspacePackages } from "./collect";

const root = tempDir("bench-collect");

function write(path: string, content: string) {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), content);
}

write("pnpm-workspace.yaml", "packages: []\n");
write("package.json", JSON.stringify({ packageManager: "pnpm@10.34.9" }));
write("packages/core-bench/package.json", JSON.stringify({ name: "@briefings/core-bench", scripts: { bench: "node bench/run.mjs" } }));
write("packages/core-bench/bench/REPORT.md", "## @briefings/core-bench\n");
write("packages/core-bench/bench/results.json", JSON.stringify({ quick: true, date: "2026-11-30T12:00:00.000Z", targets: [{ id: "import", label: "l", target: "t", measured: "1.1×", met: true }] }));
write("packages/core/node_modules/zod/package.json", JSON.stringify({ version: "4.1.12" }));
write("apps/web/package.json", JSON.stringify({ name: "@briefings/web", scripts: { bench: "node bench.mjs" } }));
write("apps/web/bench/results.json", "{ broken");
write("packages/ingest/package.json", JSON.stringify({ name: "@briefings/ingest", scripts: { bench: "node bench/bench.mjs" } }));
write("packages/ingest/bench/REPORT.md", "## Ingest benchmark (no results file: the report states its own date)\n");
write("packages/extra/package.json", JSON.stringify({ name: "@briefings/extra", scripts: { bench: "x" } }));
write("packages/quiet/package.json", JSON.stringify({ name: "@briefings/quiet" }));
write("tooling/bench/package.json", JSON.stringify({ name: "@briefings/bench", scripts: { bench: "node dist/cli.js" } }));

describe("findWorkspaceRoot", () => {
  it("finds the directory with pnpm-workspace.yaml above a package", () => {
    expect(findWorkspaceRoot(join(root, "tooling", "bench"))).toBe(root);
  });
});

describe("workspacePackages", () => {
  it("lists packages with whether they have a bench script", () => {
    expect(workspacePackages(root).map((p) => [p.name, p.hasBench])).toEqual([
      ["@briefings/web", true],
      ["@briefings/core-bench", true],
      ["@briefings/extra", true],
      ["@briefings/ingest", true],
      ["@briefings/quiet", false],
      ["@briefings/bench", true],
    ]);
  });
});

describe("collectOutputs", () => {
  const { fragments, results, notes } = collectOutputs(root, "@briefings/bench");

  it("reads fragments, lists missing ones, and skips itself and packages without benchmarks", () => {
    expect(fragments.map((f) => [f.package, f.content !== undefined])).toEqual([
      ["@briefings/core-bench", true],
      ["@briefings/export", false],
      ["@briefings/ingest", true],
      ["@briefings/tui", false],
      ["@briefings/web", false],
      ["@briefings/extra", false],
    ]);
    expect(fragments[0]!.content).toBe("## @briefings/core-bench\n");
  });

  it("dates a fragment by its run (the results' date), not by its file's time, which is the checkout's in a clone", () => {
    expect(fragments[0]!.written).toBe("2026-11-30T12:00:00.000Z");
  });

  it("gives no date to a fragment without results, rather than its file's time (the checkout's, in a clone)", () => {
    const ingest = fragments.find((f) => f.package === "@briefings/ingest")!;
    expect(ingest.content).toContain("Ingest benchmark");
    expect(ingest.written).toBeUndefined();
  });

  it("reads results, and reports an unusable results file instead of failing", () => {
    expect(results.map((r) => [r.package, r.quick, r.targets.length])).toEqual([["@briefings/core-bench", true, 1]]);
    expect(notes).toEqual([expect.stringMatching(/^apps\/web\/bench\/results\.json is not usable \(not JSON/)]);
  });
});

describe("toolVersions", () => {
  it("reads installed versions and says which are not installed", () => {
    expect(toolVersions(root)).toEqual({ Node: process.version, pnpm: "10.34.9", zod: "4.1.12", next: "not installed", ink: "not installed" });
  });
});
