// Data loss: `briefings-export --out DIR --force` only ever replaces a folder it wrote, never loses
// the previous export, and cleans up after a run that was killed.
import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, listFiles, requireBuilt, run, tempDir, until } from "./helpers";

beforeAll(() => requireBuilt("export"));

/** A project folder that is not an export: a repository with sources. */
function project(parent: string): string {
  const dir = join(parent, "proj");
  mkdirSync(join(dir, ".git"), { recursive: true });
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
  writeFileSync(join(dir, "src", "index.ts"), "export const x = 1;\n");
  return dir;
}

/** Writes an export of the JSON format into `out` (a new folder) and returns its files. */
async function exportInto(out: string, formats = "json"): Promise<string[]> {
  const r = await run("export", ["--out", out, "--format", formats]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return listFiles(out);
}

const hidden = (parent: string, kind: "tmp" | "old") => readdirSync(parent).filter((n) => n.includes(`.${kind}-`));

describe("export --force replaces only a previous export (issue 15: data loss)", () => {
  it("refuses a folder without the export's marker, even with --force: a project's .git and src survive", async () => {
    const dir = project(tempDir());
    const before = listFiles(dir);
    const r = await run("export", ["--out", dir, "--force", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not an export|marker/);
    expect(listFiles(dir)).toEqual(before);
    expect(readdirSync(join(dir, ".."))).toEqual(["proj"]);
  });

  it("replaces a folder the export wrote (it carries the marker)", async () => {
    const out = join(tempDir(), "out");
    const first = await exportInto(out, "json,ndjson");
    expect(first).toContain("dataset.ndjson");
    const r = await run("export", ["--out", out, "--force", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(listFiles(out)).not.toContain("dataset.ndjson");
    expect(listFiles(out)).toContain("dataset.json");
  });

  it("refuses `--out .` even when the current folder holds an export: nothing is emptied", async () => {
    const out = join(tempDir(), "here");
    await exportInto(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    const before = listFiles(out);
    const r = await run("export", ["--out", ".", "--force", "--format", "json"], { cwd: out });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/current folder/);
    expect(listFiles(out)).toEqual(before);
  });

  it("refuses a parent of the current folder", async () => {
    const out = join(tempDir(), "parent");
    await exportInto(out);
    const child = join(out, "work");
    mkdirSync(child);
    const r = await run("export", ["--out", "..", "--force", "--format", "json"], { cwd: child });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/contains the current folder/);
    expect(existsSync(child)).toBe(true);
  });

  it("refuses the home folder", async () => {
    const home = join(tempDir(), "home");
    await exportInto(home);
    const r = await run("export", ["--out", home, "--force", "--format", "json"], { env: { HOME: home }, cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/home folder/);
    expect(listFiles(home)).toContain("dataset.json");
  });

  it("refuses the root folder", async () => {
    const r = await run("export", ["--out", "/", "--force", "--format", "json"], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/root folder/);
  });
});

describe("export swaps its output crash-safely (issue 15: data loss)", () => {
  it("restores a previous export stranded as .out.old-* by a run killed between its two renames", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    const files = await exportInto(out, "json,ndjson");
    const dataset = readFileSync(join(out, "dataset.json"));
    // The moment between `out -> .out.old-*` and `.out.tmp-* -> out`, as SIGKILL leaves it (named as the
    // version before this fix named it: no pid).
    renameSync(out, join(parent, ".out.old-0123456789ab"));
    const r = await run("export", ["--out", out, "--format", "json"]);
    // Restored, then refused as any non-empty folder is without --force: the previous export is back.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/restored/);
    expect(listFiles(out)).toEqual(files);
    expect(readFileSync(join(out, "dataset.json")).equals(dataset)).toBe(true);
    expect(hidden(parent, "old")).toEqual([]);
    // With --force the restored export is then replaced as usual.
    renameSync(out, join(parent, ".out.old-0123456789ab"));
    const forced = await run("export", ["--out", out, "--format", "json", "--force"]);
    expect(forced.code).toBe(0);
    expect(listFiles(out)).not.toContain("dataset.ndjson");
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("removes the .out.tmp-* folder a killed run (SIGKILL) left behind", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    await exportInto(out);
    const child = spawn(process.execPath, [BIN.export, "--out", out, "--force"], { env: { ...process.env, BRIEFINGS_EXPORT_TEST_DELAY_MS: "300" }, stdio: "ignore" });
    await until(() => hidden(parent, "tmp").length > 0, "the temporary folder");
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(hidden(parent, "tmp")).toHaveLength(1);
    const r = await run("export", ["--out", out, "--force", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("is never without a complete output folder when SIGTERM comes during the swap, and says truly what happened", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    const before = await exportInto(out, "json,ndjson");
    let pid = 0;
    const running = run("export", ["--out", out, "--force", "--format", "json"], {
      // Test hook: the run pauses between taking the old folder away and putting the new one in.
      env: { BRIEFINGS_EXPORT_TEST_SWAP_PAUSE_MS: "1500" },
      started: (p) => (pid = p),
    });
    await until(() => hidden(parent, "old").length > 0, "the swap");
    process.kill(pid, "SIGTERM");
    const r = await running;
    expect(existsSync(out)).toBe(true);
    const after = listFiles(out);
    if (/unchanged/.test(r.stderr)) expect(after).toEqual(before);
    else expect(after).not.toContain("dataset.ndjson");
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("through a symlinked --out, replaces the export in the link's target and keeps the link", async () => {
    const parent = tempDir();
    const real = join(parent, "real");
    await exportInto(real, "json,ndjson");
    const link = join(parent, "link");
    symlinkSync(real, link, "dir");
    const r = await run("export", ["--out", link, "--force", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(realpathSync(link)).toBe(realpathSync(real));
    expect(listFiles(real)).toContain("dataset.json");
    expect(listFiles(real)).not.toContain("dataset.ndjson");
    expect(readdirSync(parent).sort()).toEqual(["link", "real"]);
  });

  it("refuses a symlink to a missing folder with a clear message", async () => {
    const parent = tempDir();
    const link = join(parent, "link");
    symlinkSync(join(parent, "nowhere"), link, "dir");
    const r = await run("export", ["--out", link, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(existsSync(join(parent, "nowhere"))).toBe(false);
  });
});
