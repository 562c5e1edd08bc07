// Tests of the BUILT package (dist/): its structure and its command. `turbo test` builds first. How it
// installs and imports outside the workspace (ESM, require, TypeScript) is tested by tooling/consumer.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "@briefings/testing";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const node = (args: string[], input?: string) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "" } });

beforeAll(() => {
  if (!existsSync(join(root, "dist/index.js"))) throw new Error("dist/ is missing: run `pnpm --filter @briefings/core build` first");
});

describe("the built package", () => {
  it("does not load zod from the main entry (reading the data must not load the schemas)", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([^"']+)["']/g)) {
        const spec = m[1]!;
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^zod/);
        if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      }
    };
    visit(join(root, "dist/index.js"));
    expect(seen.size).toBeGreaterThan(0);
  });

  it("keeps the dataset out of the search entry (browsers load it without the data)", () => {
    const r = node(["--input-type=module", "-e", `import * as s from "@briefings/core/search"; console.log(Object.keys(s).sort().join())`]);
    expect(r.stdout.trim()).toBe("ShardedSearch,buildSearchIndex,matchingDocuments,search,searchPage,segmentedIndex,shardFile,shardSearchIndex,tokenize");
    const code = readFileSync(join(root, "dist/search.js"), "utf8");
    const chunks = [...code.matchAll(/from\s*["'](\.[^"']+)["']/g)].map((m) => readFileSync(resolve(root, "dist", m[1]!), "utf8"));
    for (const text of [code, ...chunks]) expect(text).not.toContain("DATASET_JSON");
  });
});

describe("briefings-validate (built)", () => {
  const cli = join(root, "dist/cli/validate.js");
  const dir = tempDir("validate");
  const good = join(dir, "good.json");
  const bad = join(dir, "bad.json");
  const broken = join(dir, "broken.json");

  beforeAll(() => {
    const dataset = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", `import { dataset } from "@briefings/core"; console.log(JSON.stringify(dataset))`], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }));
    writeFileSync(good, JSON.stringify(dataset, null, 2));
    dataset.meetings[0].title.value = "<b>Protection</b>";
    dataset.meetings[0].dates.value.start = "2019-13-01";
    dataset.quotes[0].participation = "nobody";
    writeFileSync(bad, JSON.stringify(dataset, null, 2));
    writeFileSync(broken, '{\n  "version": "1.0.0",\n  "sources": [,]\n}\n');
  });

  it("accepts a valid file and exits 0", () => {
    const r = node([cli, good]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 file(s) valid");
  });

  it("reports schema errors with file, line and field path, and exits 1", () => {
    const r = node([cli, bad]);
    expect(r.status).toBe(1);
    const line = (path: string) => readFileSync(bad, "utf8").split("\n").findIndex((l) => l.includes(path)) + 1;
    expect(r.stderr).toContain(`${bad}:${line('"start": "2019-13-01"')}:`);
    expect(r.stderr).toMatch(/meetings\[0\]\.dates\.value\.start: .*\[schema\]/);
  });

  it("reports every rule problem once the schemas pass", () => {
    const data = JSON.parse(readFileSync(bad, "utf8"));
    data.meetings[0].dates.value.start = "2019-06-27";
    const file = join(dir, "rules.json");
    writeFileSync(file, JSON.stringify(data, null, 2));
    const r = node([cli, "--json", file]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { problems: { path: string; rule: string; position: { line: number } }[] };
    expect(report.problems.map((p) => [p.path, p.rule])).toEqual(
      expect.arrayContaining([
        ["quotes[0].participation", "references-resolve"],
        ["meetings[0].title.value", "display-text-clean"],
      ]),
    );
    expect(report.problems.every((p) => p.position.line > 1)).toBe(true);
  });

  it("reports a JSON syntax error with its line, and validates a directory", () => {
    const r = node([cli, dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+  invalid JSON`));
  });

  it("--write-proof writes the proof of a valid, complete file, none for one that leaves out defaults; a folder's proofs are not datasets", () => {
    const proofDir = tempDir("validate-proof");
    const complete = join(proofDir, "complete.json");
    const sparse = join(proofDir, "sparse.json");
    writeFileSync(complete, readFileSync(good));
    const data = JSON.parse(readFileSync(good, "utf8")) as { people: Record<string, unknown>[] };
    for (const person of data.people) delete person.alternateNames;
    writeFileSync(sparse, JSON.stringify(data));
    const r = node([cli, "--write-proof", proofDir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${complete}: wrote its proof to ${complete}.verified.json`);
    expect(r.stdout).toContain(`${sparse}: valid, no proof written: it leaves out fields the schemas fill in with defaults`);
    expect(existsSync(`${complete}.verified.json`)).toBe(true);
    expect(existsSync(`${sparse}.verified.json`)).toBe(false);
    // Again, the folder now holds a proof: still two dataset files, both valid; --json lists the proofs.
    const again = node([cli, "--write-proof", "--json", proofDir]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ files: 2, valid: true, proofs: [{ file: complete, written: true }, { file: sparse, written: false }] });
  });

  it("exits 2 with a clear message on a missing file or a bad flag", () => {
    expect(node([cli, join(dir, "missing.json")])).toMatchObject({ status: 2, stderr: expect.stringContaining("no such file") });
    expect(node([cli, "--frobnicate"])).toMatchObject({ status: 2, stderr: expect.stringContaining("frobnicate") });
    expect(node([cli])).toMatchObject({ status: 2 });
  });
});
