// The command: arguments, exit codes, the atomic write, the report, and hostile input.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT, runIngestCli } from "../src/cli-main";
import { MAX_INPUT_BYTES } from "../src/input";
import { seed } from "./helpers";

const run = async (argv: string[], stdinChunks: (string | Buffer)[] = []) => {
  let stdout = "";
  let stderr = "";
  async function* stdin() {
    for (const c of stdinChunks) yield c;
  }
  const code = await runIngestCli(argv, { stdin: stdin(), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
};

let dir: string;
let seedFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefings-ingest-"));
  seedFile = join(dir, "seed.txt");
  writeFileSync(seedFile, seed().bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("briefings-ingest: usage", () => {
  it("prints help and the version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/^Usage: briefings-ingest <file\|->/u);
    const version = await run(["--version"]);
    expect(version.stdout).toMatch(/^briefings-ingest \d+\.\d+\.\d+\n$/u);
  });

  it.each([[["--nope", "x"]], [[]], [["a", "b"]], [["x", "--out"]], [["x", "--url", "javascript:alert(1)"]]])("exits 2 on bad usage %j", async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^briefings-ingest: .+\nTry briefings-ingest --help\.\n$/u);
  });
});

describe("briefings-ingest: bad input exits 1 with a clear message", () => {
  it.each([
    ["a missing file", () => join(dir, "missing.txt"), /no such file/],
    ["a directory", () => dir, /directory/],
    ["an empty file", () => (writeFileSync(join(dir, "empty.txt"), ""), join(dir, "empty.txt")), /empty/],
    ["a binary file", () => (writeFileSync(join(dir, "bin.dat"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), join(dir, "bin.dat")), /NUL byte/],
    ["a file over the limit", () => (writeFileSync(join(dir, "big.txt"), Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61)), join(dir, "big.txt")), /over the limit/],
  ])("%s", async (_, file, message) => {
    const path = file();
    const r = await run([path, "--out", join(dir, "never.json")]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });

  it("an over-long standard input is refused without reading it all", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const r = await run(["-"], [chunk, chunk, chunk, chunk]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toMatch(/over the limit/);
  });
});

describe("briefings-ingest: the draft", () => {
  it("writes <input>.draft.json atomically and prints the report", async () => {
    const r = await run([seedFile]);
    expect(r.code).toBe(EXIT.ok);
    const written = JSON.parse(readFileSync(`${seedFile}.draft.json`, "utf8"));
    expect(written.valid).toBe(true);
    expect(written.draft.meeting.id).toBe(seed().meeting.id);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(r.stdout).toContain("Draft VALID");
    expect(r.stdout).toMatch(/injected-text-excised \[repaired, confidence [\d.]+\] at 0–6: "缅北禁地\\n\\n" → ""/u);
    expect(r.stdout).toMatch(/quote \[confidence [\d.]+\]: Gustavo Meza-Cuadra: “It is essential/u);
    expect(r.stdout).toMatch(/evidence \d+–\d+: "It is essential/u);
  });

  it("refuses to overwrite without --force, and overwrites with it", async () => {
    const out = join(dir, "out.json");
    writeFileSync(out, "keep me");
    const refused = await run([seedFile, "--out", out]);
    expect(refused.code).toBe(EXIT.badInput);
    expect(refused.stderr).toMatch(/already exists; use --force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const forced = await run([seedFile, "--out", out, "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(out, "utf8")).valid).toBe(true);
  });

  it("--json prints the full machine-readable result; standard input works", async () => {
    const r = await run(["-", "--json"], [seed().bytes]);
    expect(r.code).toBe(EXIT.ok);
    const result = JSON.parse(r.stdout);
    expect(result.valid).toBe(true);
    expect(result.repairs.length).toBeGreaterThan(0);
    expect(result.facts.length).toBeGreaterThan(0);
    expect(result.draft.source.locations[0].note).toMatch(/standard input/);
  });

  it("exits 3 and lists the problems when the draft is invalid", async () => {
    const file = join(dir, "vague.txt");
    writeFileSync(file, "Notes\n\nParticipants discussed several matters of common interest.\n");
    const r = await run([file]);
    expect(r.code).toBe(EXIT.invalidDraft);
    expect(r.stdout).toMatch(/Draft INVALID/);
    expect(r.stdout).toMatch(/meeting\.dates \[extraction\]/);
    expect(JSON.parse(readFileSync(`${file}.draft.json`, "utf8")).valid).toBe(false);
  });

  it("lets no control character or escape sequence from the input reach the terminal", async () => {
    const file = join(dir, "escapes.txt");
    const text = seed().bytes.toString("utf8").replace("Facebook removed", "Facebook\u001b[2J\u001b]0;pwned\u0007 removed").replace("Mr. Tessler said", "Mr. Tessler said\u202e");
    writeFileSync(file, text);
    const r = await run([file, "--out", join(dir, "escapes.json")]);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
  });
});

describe("briefings-ingest: hostile HTML", () => {
  it.each([
    ["scripts", `<html><head><script>globalThis.__ingestPwned = true;</script></head><body><script>globalThis.__ingestPwned = true</script><p>On 27 June 2019, the Counter-Terrorism Committee held an open briefing on soft targets.</p><img src=x onerror="globalThis.__ingestPwned=true"></body></html>`],
    ["100k nested divs", `${"<div>".repeat(100_000)}On 27 June 2019, the Counter-Terrorism Committee held an open briefing.${"</div>".repeat(100_000)}`],
    ["1 MB of <", "<".repeat(1_000_000)],
  ])("%s: completes with a result or a clear refusal, and nothing runs", async (_, html) => {
    const file = join(dir, `hostile-${html.length}.html`);
    writeFileSync(file, html);
    const r = await run([file, "--out", `${file}.json`]);
    expect([EXIT.ok, EXIT.badInput, EXIT.invalidDraft]).toContain(r.code);
    expect(r.stdout + r.stderr).toMatch(/Draft (?:VALID|INVALID)|briefings-ingest: .+: .+/u);
    expect((globalThis as Record<string, unknown>).__ingestPwned).toBeUndefined();
    // Markup may be quoted in the repair log, never taken into a display field of the draft.
    if (r.code !== EXIT.badInput) expect(r.stdout).not.toMatch(/\[display-text-clean\]/u);
  }, 120_000);
});

describe("briefings-ingest: the built executable", () => {
  const bin = new URL("../dist/cli.js", import.meta.url);
  it("runs from dist/ with its shebang (build first: turbo runs test after build)", async () => {
    expect(existsSync(bin), "dist/cli.js is missing: run the build").toBe(true);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, [bin.pathname, "--version"]);
    expect(stdout).toMatch(/^briefings-ingest \d+\.\d+\.\d+\n$/u);
    const failed = await promisify(execFile)(process.execPath, [bin.pathname, "--bogus"]).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(EXIT.usage);
  });
});
