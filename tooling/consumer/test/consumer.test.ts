// The library where a user installs it: the tarballs of @briefings/core and @briefings/export, packed by
// their `pack` tasks, installed with npm alone into a fresh project outside the workspace (empty HOME),
// then used as the README says: ES modules, require(), TypeScript under nodenext and bundler, the
// README's examples as pasted, and the size and dependency limits below.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, HERE, REPO, workspacePackage, type Project } from "./project";
import { readmeSection } from "./readme";

/**
 * What installing @briefings/core may cost a user, and why.
 * - dependencies: the packages its install brings in, all levels: zod (the schemas) and jsonc-parser (line
 *   numbers in the validator's reports), neither of which has dependencies. Every other one would be code
 *   run in users' projects and a supply-chain risk: adding one must be a decision, made here.
 * - code: the package without its data file (213 KB when this test was written; 416 KB at 0.2.0 with the
 *   search engine, text safety, trust proofs, vocabularies and the views' queries: 224 KB JavaScript,
 *   194 KB declarations, the validator's command). The limit leaves room to grow but not for a second (CommonJS) build, shipped sources or tests,
 *   source maps, or the data bundled into a script (each of which has happened or would double it).
 * - data: the dataset JSON (140 KB at data 0.1.0), which importing the main entry parses at once; past 10 MB
 *   it should be split so that a user loads only what they read.
 * - total: the package and its dependencies on disk (6.4 MB at 0.2.0, zod 4 is 6 MB of it): a heavier
 *   dependency, or a new version of one that balloons, fails here.
 */
export const LIMITS = {
  dependencies: 2,
  codeBytes: 512 * 1024,
  dataBytes: 10 * 1024 * 1024,
  totalBytes: 10 * 1024 * 1024,
};

const core = workspacePackage("packages/core");
const exporter = workspacePackage("packages/export");
const workspaceData = JSON.parse(readFileSync(join(core.dir, "src/generated/dataset.json"), "utf8")) as {
  version: string;
  meetings: { id: string; dates: { value: { start: string } }; title: { value: string } }[];
  people: { id: string; name: string }[];
  participations: { person?: string }[];
  corrections: { source: string }[];
  sources: { id: string; title: string }[];
  quotes: { meeting: string; text: string }[];
};
const readme = readmeSection(readFileSync(join(REPO, "README.md"), "utf8"), "Use it in your project");
const installed = (...path: string[]) => join(project.dir, "node_modules", ...path);
const devVersion = (name: string) => (JSON.parse(readFileSync(join(HERE, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

let project: Project;

beforeAll(() => {
  project = createProject();
  // The README's steps, pasted into a folder that holds only the downloaded tarballs.
  for (const p of [core, exporter]) copyFileSync(p.tarball, join(project.dir, basename(p.tarball)));
  for (const block of readme.shell) project.must("bash", ["-euo", "pipefail", "-c", block], { timeout: 600_000 });
  // What a TypeScript user adds (the workspace's versions of the compiler and of Node's types).
  project.must("npm", ["install", "--save-dev", `typescript@${devVersion("typescript")}`, `@types/node@${devVersion("@types/node")}`], { timeout: 600_000 });
  for (const f of readme.files) writeFileSync(join(project.dir, f.name), f.code);
  for (const f of readdirSync(join(HERE, "project"))) copyFileSync(join(HERE, "project", f), join(project.dir, f));
}, 1_200_000);

afterAll(() => project?.remove());

const json = (run: { stdout: string }) => JSON.parse(run.stdout) as Record<string, unknown>;

describe("installed with npm from the tarballs, outside the workspace", () => {
  it("resolves @briefings/* inside the project, from the files, with npm alone", () => {
    const manifest = JSON.parse(readFileSync(join(project.dir, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(manifest.dependencies).toMatchObject({ "@briefings/core": `file:${basename(core.tarball)}`, "@briefings/export": `file:${basename(exporter.tarball)}` });
    const where = project.must("node", ["-p", 'require.resolve("@briefings/core/package.json") + "\\n" + require.resolve("@briefings/export/package.json")']);
    for (const line of where.stdout.trim().split("\n")) expect(relative(project.dir, line).startsWith("node_modules")).toBe(true);
    expect(existsSync(join(project.dir, "package-lock.json"))).toBe(true);
    expect(existsSync(installed(".pnpm"))).toBe(false);
    expect(readdirSync(project.home)).toEqual([]);
  });

  it("runs an ES module script: every entry point, and the writers (sqlite and parquet say what they need)", () => {
    const r = project.must("node", ["esm.mjs"]);
    expect(r.stderr).toBe("");
    expect(json(r)).toEqual({
      library: core.manifest.version,
      data: workspaceData.version,
      meetings: workspaceData.meetings.length,
      latest: expect.any(String),
      speakers: expect.any(Number),
      schema: true,
      valid: true,
      tokens: ["meza", "cuadra"],
      hits: expect.any(Number),
      formats: ["json", "csv"],
      files: expect.arrayContaining(["dataset.json", "csv"]),
      exported: workspaceData.meetings.length,
      sqlite: expect.stringContaining("npm install better-sqlite3"),
      parquet: expect.stringContaining("npm install @duckdb/node-api"),
    });
    expect(json(r).hits).toBeGreaterThan(0);
  });

  it("runs a CommonJS script: require() of the ES modules works without a flag or a warning", () => {
    const r = project.must("node", ["cjs.cjs"]);
    expect(r.stderr).toBe("");
    expect(json(r)).toEqual({
      library: core.manifest.version,
      data: workspaceData.version,
      meetings: workspaceData.meetings.length,
      inYear: true,
      schema: true,
      valid: true,
      formats: expect.arrayContaining(["json", "csv", "sqlite"]),
      csvRows: workspaceData.meetings.length + 1,
    });
  });

  it.each(["nodenext", "bundler"])("type-checks a TypeScript project with moduleResolution %s (no skipLibCheck)", (kind) => {
    const r = project.run("node", ["node_modules/typescript/bin/tsc", "-p", `tsconfig.${kind}.json`], { timeout: 300_000 });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("the README's library section, pasted into the project", () => {
  const runs = readme.files.filter((f) => f.run);

  it.each(runs.map((f) => f.name))("%s runs and prints", (name) => {
    const r = project.must("node", [name]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).not.toBe("");
  });

  it("meetings-in-year.mjs lists exactly the meetings of 2017", () => {
    const lines = project.must("node", ["meetings-in-year.mjs"]).stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Years: \d{4} \(\d+\)/);
    const expected = workspaceData.meetings.filter((m) => m.dates.value.start.startsWith("2017")).map((m) => m.dates.value.start).sort();
    expect(lines.slice(1).map((l) => l.slice(0, 10))).toEqual(expected);
    for (const m of workspaceData.meetings.filter((x) => x.dates.value.start.startsWith("2017"))) expect(lines.some((l) => l.endsWith(m.title.value))).toBe(true);
  });

  it("appearances.mjs gives each appearance of the person, with a post", () => {
    const lines = project.must("node", ["appearances.mjs"]).stdout.trim().split("\n");
    const person = workspaceData.people.find((p) => p.name === lines[0])!;
    expect(person).toBeDefined();
    const appearances = workspaceData.participations.filter((p) => p.person === person.id).length;
    expect(appearances).toBeGreaterThan(1);
    expect(lines.slice(1)).toHaveLength(appearances);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\d{4}-\d{2}-\d{2} {2}\w.*, .+: .+/);
  });

  it("evidence.mjs gives the evidence of a title, dates and a quote, the quote's passage as quoted", () => {
    const out = project.must("node", ["evidence.mjs"]).stdout;
    expect(out.split("\n").filter((l) => /^\w/.test(l))).toEqual(["title", "dates", "quote"]);
    const quote = workspaceData.quotes.find((q) => q.meeting === "2019-06-27-protection-of-soft-targets")!;
    expect(out).toContain(JSON.stringify(quote.text));
  });

  it("corrections.mjs lists every correction of the source", () => {
    const lines = project.must("node", ["corrections.mjs"]).stdout.split("\n");
    const id = "ctc-2019-06-27-soft-targets-press-release";
    const count = workspaceData.corrections.filter((c) => c.source === id).length;
    expect(count).toBeGreaterThan(0);
    // This package does not depend on core (it installs core's tarball, as a user does), so it has no lookup to use.
    // eslint-disable-next-line no-restricted-syntax
    expect(lines[0]).toBe(`${workspaceData.sources.find((s) => s.id === id)!.title}: ${count} correction(s)`);
    expect(lines.filter((l) => /^ {2}\S/.test(l))).toHaveLength(count);
  });
});

/** Bytes of the files under `dir`, without nested node_modules. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/** The packages a package's install brings in (dependencies at every level), resolved as Node does from `from`. */
function dependencyTree(from: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string) => {
    const deps = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {};
    for (const name of Object.keys(deps)) {
      if (found.has(name)) continue;
      const candidates = [join(dir, "node_modules", name), installed(name)];
      const at = candidates.find((c) => existsSync(join(c, "package.json")));
      if (!at) throw new Error(`${name} (a dependency of ${dir}) is not installed`);
      found.set(name, at);
      visit(at);
    }
  };
  visit(from);
  return found;
}

describe("what @briefings/core costs to install", () => {
  it(`brings in at most ${LIMITS.dependencies} packages, and weighs no more than its limits`, () => {
    const dir = installed("@briefings", "core");
    const deps = dependencyTree(dir);
    const own = folderBytes(dir);
    const data = statSync(join(dir, "dist/generated/dataset.json")).size;
    const depBytes = [...deps.values()].reduce((n, d) => n + folderBytes(d), 0);
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    console.log(
      `@briefings/core ${core.manifest.version} installed: code ${kb(own - data)}, data ${kb(data)}, ` +
        `${deps.size} dependencies (${[...deps.keys()].join(", ")}) ${kb(depBytes)}, total ${kb(own + depBytes)}`,
    );
    expect([...deps.keys()].length, `dependencies: ${[...deps.keys()].join(", ")}`).toBeLessThanOrEqual(LIMITS.dependencies);
    expect(own - data, "code bytes").toBeLessThanOrEqual(LIMITS.codeBytes);
    expect(data, "data bytes").toBeLessThanOrEqual(LIMITS.dataBytes);
    expect(own + depBytes, "total bytes").toBeLessThanOrEqual(LIMITS.totalBytes);
  });
});

/** An exports map without the workspace's "source" condition (which points at TypeScript sources not shipped). */
function withoutSource(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "source").map(([k, v]) => [k, withoutSource(v)]));
}

function targets(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(targets);
}

describe.each([
  ["@briefings/core", core],
  ["@briefings/export", exporter],
])("the published manifest of %s", (name, pkg) => {
  const read = () => JSON.parse(readFileSync(installed(name, "package.json"), "utf8")) as { exports: unknown; files: string[]; version: string };

  it("exports what the workspace does, without the source condition, and every target is in the package", () => {
    const manifest = read();
    expect(manifest.version).toBe(pkg.manifest.version);
    expect(manifest.exports).toEqual(withoutSource(pkg.manifest.exports));
    for (const target of targets(manifest.exports)) expect(existsSync(installed(name, target)), target).toBe(true);
  });

  it("ships what its files list names, and no sources, tests or CommonJS build", () => {
    const manifest = read();
    for (const f of manifest.files.filter((x) => !x.startsWith("!") && !x.includes("*"))) expect(existsSync(installed(name, f)), f).toBe(true);
    const all: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.name === "node_modules") continue;
        if (e.isDirectory()) walk(join(dir, e.name));
        else all.push(relative(installed(name), join(dir, e.name)));
      }
    };
    walk(installed(name));
    expect(all.filter((f) => f.startsWith("src/") || /\.test\.|\.cjs$|\.d\.cts$|\.map$/.test(f))).toEqual([]);
    expect(all).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE"]));
  });
});
