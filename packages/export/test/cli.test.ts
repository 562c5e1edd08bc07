// The command, run as users run it: the built dist/cli.js in a child process (the `test` task depends on
// `build`, so dist is fresh).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { dump, listFiles, tempDir } from "./helpers";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm --filter @briefings/export build)`);
});

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("briefings-export", () => {
  it("runs as the bin runs, through its shebang, with node's larger young generation", () => {
    expect(readFileSync(CLI, "utf8").split("\n", 1)[0]).toBe("#!/usr/bin/env -S node --max-semi-space-size=64");
    const direct = spawnSync(CLI, ["--version"], { encoding: "utf8" });
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("prints help and version", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--out <dir>");
    for (const f of ["json", "api", "ndjson", "schema", "csv", "jsonld", "popolo", "sqlite", "parquet"]) expect(help.stdout).toContain(`  ${f} `);
    const version = run(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("rejects unknown flags, unknown formats and a missing --out with exit 2", () => {
    const out = join(tempDir(), "out");
    const flag = run(["--out", out, "--colour"]);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("--colour");
    const format = run(["--out", out, "--format", "json,xml,yaml"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown formats "xml", "yaml"');
    expect(run([]).stderr).toContain("missing --out");
    expect(run(["--out", out, "stray"]).status).toBe(2);
    const site = run(["--out", out, "--site-url", "javascript:alert(1)"]);
    expect(site.status).toBe(2);
    expect(site.stderr).toContain("--site-url must be an http(s) address");
    expect(existsSync(out)).toBe(false);
  });

  it("--site-url gives the records' addresses in their citations", () => {
    const out = join(tempDir(), "out");
    const result = run(["--out", out, "--format", "api,ndjson", "--site-url", "https://briefings.example.org"]);
    expect(result.status).toBe(0);
    const first = JSON.parse(readFileSync(join(out, "dataset.ndjson"), "utf8").split("\n")[0]!) as { data: { cite: { csl: { URL: string } } } };
    expect(first.data.cite.csl.URL).toBe("https://briefings.example.org/data/");
    const person = JSON.parse(readFileSync(join(out, "api", "people", "vladimir-voronkov.json"), "utf8")) as { cite: { csl: { URL: string } } };
    expect(person.cite.csl.URL).toBe("https://briefings.example.org/people/vladimir-voronkov/");
  });

  it("exports every format, then refuses the non-empty folder without --force and replaces it with it", () => {
    const out = join(tempDir(), "out");
    const first = run(["--out", out]);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const top = readdirSync(out).sort();
    expect(top).toEqual([".briefings-export.json", "api", "briefings.jsonld", "briefings.sqlite", "csv", "dataset.json", "dataset.ndjson", "parquet", "popolo.json", "schema"]);
    const again = run(["--out", out, "--format", "json"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("is not empty");
    expect(readdirSync(out).sort()).toEqual(top);
    const forced = run(["--out", out, "--format", "json", "--force"]);
    expect(forced.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([".briefings-export.json", "dataset.json"]);
  });

  it("is deterministic: two exports are byte-identical (SQLite: the same rows)", () => {
    const a = join(tempDir(), "a");
    const b = join(tempDir(), "b");
    expect(run(["--out", a]).status).toBe(0);
    expect(run(["--out", b]).status).toBe(0);
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const file of files.filter((f) => !f.endsWith(".sqlite"))) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
    const da = new Database(join(a, "briefings.sqlite"), { readonly: true });
    const db = new Database(join(b, "briefings.sqlite"), { readonly: true });
    expect(dump(db)).toEqual(dump(da));
    da.close();
    db.close();
  });

  it("reports every problem of an invalid --data file with its path and line, exits 1 and writes nothing", () => {
    const dir = tempDir();
    const good = join(dir, "good.json");
    expect(run(["--out", join(dir, "export"), "--format", "json"]).status).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, "export", "dataset.json"), "utf8")) as { meetings: { topics: string[]; title: { value: string } }[]; quotes: { participation: string }[] };
    writeFileSync(good, JSON.stringify(data, null, 2));
    data.meetings[0]!.topics = ["no-such-topic"];
    data.quotes[0]!.participation = "Bad Id";
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(data, null, 2));
    const out = join(dir, "out");
    const result = run(["--out", out, "--data", bad]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines.some((l) => /bad\.json:\d+:\d+ {2}meetings\[0\]\.topics\[0\]: /.test(l)), result.stderr).toBe(true);
    expect(lines.some((l) => /bad\.json:\d+:\d+ {2}quotes\[0\]\.participation: /.test(l)), result.stderr).toBe(true);
    expect(result.stderr).toContain("2 problems");
    expect(existsSync(out)).toBe(false);

    const syntax = join(dir, "syntax.json");
    writeFileSync(syntax, '{"version": "1.0.0",\n  "license": }');
    const broken = run(["--out", out, "--data", syntax]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/syntax\.json:2:\d+ {2}invalid JSON/);
    expect(run(["--out", out, "--data", join(dir, "missing.json")]).stderr).toContain("cannot read");
    expect(existsSync(out)).toBe(false);

    // A valid file is exported.
    expect(run(["--out", out, "--data", good, "--format", "json"]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "dataset.json"), "utf8"))).toEqual(JSON.parse(readFileSync(join(dir, "export", "dataset.json"), "utf8")));
  });

  it("validates a --data file once: it writes the file's proof, and the next export of the same bytes only parses it", () => {
    const dir = tempDir();
    expect(run(["--out", join(dir, "export"), "--format", "json"]).status).toBe(0);
    const file = join(dir, "data.json");
    writeFileSync(file, readFileSync(join(dir, "export", "dataset.json")));
    const first = run(["--out", join(dir, "a"), "--data", file, "--format", "json,csv"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(`${file} is valid; wrote its proof to ${file}.verified.json`);
    expect(existsSync(`${file}.verified.json`)).toBe(true);
    const second = run(["--out", join(dir, "b"), "--data", file, "--format", "json,csv"]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain(`${file} matches its proof (${file}.verified.json): not validated again`);
    const files = listFiles(join(dir, "a")).filter((f) => !f.startsWith(".briefings-export"));
    expect(listFiles(join(dir, "b")).filter((f) => !f.startsWith(".briefings-export"))).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, "b", f)).equals(readFileSync(join(dir, "a", f))), f).toBe(true);
    // Changed bytes: validated again (and refused when invalid), whatever the proof says.
    writeFileSync(file, readFileSync(file, "utf8").replace('"meetings":[', '"meetings":[{"id":"Bad Id"},'));
    const changed = run(["--out", join(dir, "c"), "--data", file]);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain("meetings[0]");
    expect(existsSync(join(dir, "c"))).toBe(false);
  });

  it("leaves the earlier output intact when killed midway (SIGKILL)", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    expect(run(["--out", out, "--format", "json,csv"]).status).toBe(0);
    const before = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f))]));
    const child = spawn(process.execPath, [CLI, "--out", out, "--force"], { env: { ...process.env, BRIEFINGS_EXPORT_TEST_DELAY_MS: "400" }, stdio: "ignore" });
    // Kill it once it is writing: its temporary folder exists next to the output.
    const started = Date.now();
    while (!readdirSync(parent).some((n) => n.startsWith(".out.tmp-")) && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
    expect(child.exitCode).toBeNull();
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(listFiles(out)).toEqual([...before.keys()]);
    for (const [file, bytes] of before) expect(readFileSync(join(out, file)).equals(bytes), file).toBe(true);
  });

  it("removes its temporary folder when interrupted (SIGTERM) or when a format fails", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    mkdirSync(out);
    const child = spawn(process.execPath, [CLI, "--out", out], { env: { ...process.env, BRIEFINGS_EXPORT_TEST_DELAY_MS: "400" }, stdio: "ignore" });
    const started = Date.now();
    while (!readdirSync(parent).some((n) => n.startsWith(".out.tmp-")) && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGTERM");
    const code = await new Promise((r) => child.once("exit", (c) => r(c)));
    expect(code).toBe(143);
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readdirSync(out)).toEqual([]);

    const failed = run(["--out", out], { BRIEFINGS_EXPORT_TEST_FAIL_AFTER: "csv" });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("injected failure after csv");
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readdirSync(out)).toEqual([]);
  });
});
