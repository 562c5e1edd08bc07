// Data loss: `briefings-ingest --out X --force` replaces only a regular file, never its own input,
// and leaves nothing behind when the disk is full.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { requireBuilt, run, SEED_SOURCE, tempDir, type RunOptions } from "./helpers";

beforeAll(() => requireBuilt("ingest", "briefings"));

/** The two ways to run the ingest: its own command, and `briefings ingest` (the words). */
const COMMANDS = {
  "briefings-ingest": (args: string[], options?: RunOptions) => run("ingest", args, options),
  "briefings ingest": (args: string[], options?: RunOptions) => run("briefings", ["ingest", ...args], options),
} as const;

/** A folder holding a copy of the seed press release as `in.txt`. */
function workspace(): { dir: string; input: string } {
  const dir = tempDir();
  const input = join(dir, "in.txt");
  copyFileSync(SEED_SOURCE, input);
  return { dir, input };
}

describe.each(Object.keys(COMMANDS) as (keyof typeof COMMANDS)[])("%s --out refuses anything but a regular file (issue 15: data loss)", (command) => {
  const ingest = COMMANDS[command];
  it("refuses a symbolic link, even with --force: the link and its target stay", async () => {
    const { dir, input } = workspace();
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const link = join(dir, "draft.json");
    symlinkSync(victim, link);
    const r = await ingest([input, "--out", link, "--force"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(victim, "utf8")).toBe("precious");
  });

  it("refuses a FIFO, without blocking on it", async () => {
    const { dir, input } = workspace();
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const r = await ingest([input, "--out", fifo, "--force"], { timeout: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FIFO|not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("refuses a device node (as /dev/full was replaced by a regular file)", async () => {
    const { dir, input } = workspace();
    // As root, a device node of our own (the null device's numbers); otherwise /dev/null, which an
    // unprivileged process could not replace anyway.
    let device = "/dev/null";
    if (process.getuid?.() === 0) {
      device = join(dir, "null");
      execFileSync("mknod", [device, "c", "1", "3"]);
    }
    const r = await ingest([input, "--out", device, "--force"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/device|not a regular file/);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it("never overwrites its own input (--out in.txt --force), under any spelling of its path", async () => {
    const { dir, input } = workspace();
    const before = readFileSync(input);
    for (const out of [input, join(dir, ".", "in.txt"), "in.txt"]) {
      const r = await ingest([input, "--out", out, "--force"], { cwd: dir });
      expect(r.code, out).toBe(1);
      expect(r.stderr).toMatch(/input/);
      expect(readFileSync(input).equals(before)).toBe(true);
    }
    // A hard link to the input is the input too.
    execFileSync("ln", [input, join(dir, "same.txt")]);
    const linked = await ingest([input, "--out", join(dir, "same.txt"), "--force"]);
    expect(linked.code).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("replaces a regular file with --force, and refuses it without", async () => {
    const { dir, input } = workspace();
    const out = join(dir, "draft.json");
    writeFileSync(out, "old");
    const refused = await ingest([input, "--out", out]);
    expect(refused.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("old");
    const forced = await ingest([input, "--out", out, "--force"]);
    expect([0, 3]).toContain(forced.code);
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveProperty("draft");
  });

  it("leaves no temporary file (0 bytes or partial) when the disk is full", async () => {
    const { dir, input } = workspace();
    const out = join(dir, "draft.json");
    const r = await ingest([input, "--out", out], { fullDisk: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["in.txt"]);
  });
});
