// Terminal injection outside the data: file names, arguments and messages reach the terminal only
// through core's neutraliser, in every command; and the small things (help texts).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatBytes, MAX_DATA_FILE_BYTES } from "@briefings/core/validate";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { curated, forbiddenIn, requireBuilt, run, SEED_SOURCE, tempDir } from "./helpers";

beforeAll(() => requireBuilt("validate", "export", "ingest", "briefings"));

/** A file name that attacks the terminal: a title change (OSC 0) ended by BEL, a screen clear, C1 controls. */
const HOSTILE_NAME = "evil\x1b]0;pwned\x07\x1b[2J\u009b31m\u0085\u202eblue\u200b.json";

const clean = (...outputs: string[]) => {
  for (const output of outputs) expect(forbiddenIn(output)).toBeUndefined();
};

describe("the validator prints file names through the neutraliser (issue 15)", () => {
  it("a hostile name given on the command line", async () => {
    const dir = tempDir();
    const file = join(dir, HOSTILE_NAME);
    writeFileSync(file, '{"version": }');
    const r = await run("validate", [file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("evil");
    clean(r.stdout, r.stderr);
  });

  it("a hostile name found in a folder scan", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "data\x1b[31m"));
    writeFileSync(join(dir, "data\x1b[31m", HOSTILE_NAME), '{"version": }');
    const r = await run("validate", [dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("evil");
    clean(r.stdout, r.stderr);
  });

  it("--json: valid JSON with every unsafe character escaped", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, HOSTILE_NAME), '{"version": }');
    const r = await run("validate", ["--json", dir]);
    clean(r.stdout, r.stderr);
    const report = JSON.parse(r.stdout) as { problems: { file: string }[] };
    expect(report.problems[0]!.file).toBe(join(dir, HOSTILE_NAME));
  });
});

describe("briefings list --data FILE: the detail lines too (issue 15)", () => {
  it.each([
    ["invalid JSON", '{"version": }'],
    ["a schema problem", () => JSON.stringify({ ...curated(), license: "MIT" })],
  ])("%s in a hostile-named file", async (_, content) => {
    const file = join(tempDir(), HOSTILE_NAME);
    writeFileSync(file, typeof content === "string" ? content : content());
    const r = await run("briefings", ["list", "--data", file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((l) => l.includes("evil")).length).toBeGreaterThanOrEqual(2);
    clean(r.stdout, r.stderr);
  });

  it("a hostile-named file that does not exist", async () => {
    const r = await run("briefings", ["list", "--data", join(tempDir(), HOSTILE_NAME)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
    clean(r.stdout, r.stderr);
  });
});

describe("help texts (issue 15: small)", () => {
  it("briefings --help mentions --data and its limit", async () => {
    const r = await run("briefings", ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--data <file>/);
    expect(r.stdout).toContain(formatBytes(MAX_DATA_FILE_BYTES));
  });

  it("briefings ingest --help calls itself briefings ingest", async () => {
    const r = await run("briefings", ["ingest", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: briefings ingest </);
    expect(r.stdout).not.toContain("briefings-ingest");
    const bad = await run("briefings", ["ingest", "--nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^briefings ingest: .*\nTry briefings ingest --help\.\n$/);
  });
});

/**
 * Text as an attacker writes it into a name, an argument or a record: escape sequences, C1 controls,
 * bidi controls, zero-width characters, lone surrogates and any other UTF-16 unit, between plain words.
 */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom("\x1b[2J", "\x1b]0;t\x07", "\x1b]8;;https://x.example/\x07", "\x07", "\b", "\r", "\t", "\u009b", "\u0085", "\u061c", "\u200e", "\u202e", "\u2066", "\u2028", "\u200b", "\ufeff", "\ud800", "\udc00"),
      fc.integer({ min: 1, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.constantFrom("soft", "targets", "Coninsx", "é", "😀"),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** A file name from hostile text: no `/` or NUL (the only bytes a name cannot hold), not too long. */
const fileName = hostile.map((s) => `${s.replace(/[/\u0000]/g, "_").slice(0, 60)}.json`);

describe("no output of any command holds an unsafe character, from any input (fast-check)", () => {
  it("briefings-validate: hostile file names and contents", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fileName, hostile, async (name, text) => {
        const dir = tempDir();
        writeFileSync(join(dir, name), `{"version": ${JSON.stringify(text)}, ${text}`);
        for (const args of [[join(dir, name)], [dir], ["--json", dir]]) {
          const r = await run("validate", args);
          expect(r.code).not.toBe(0);
          clean(r.stdout, r.stderr);
        }
      }),
      { numRuns: 4 },
    );
  });

  it("briefings: hostile data files, file names and arguments", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fileName, hostile, async (name, text) => {
        const dir = tempDir();
        const data = curated();
        data.meetings[0]!.title.value = text;
        writeFileSync(join(dir, name), JSON.stringify(data));
        const runs = [
          await run("briefings", ["list", "--data", join(dir, name)]),
          await run("briefings", ["search", text]),
          await run("briefings", ["show", text]),
          await run("briefings", ["search", "--json", text]),
          await run("briefings", ["list", "--type", text]),
        ];
        for (const r of runs) clean(r.stdout, r.stderr);
      }),
      { numRuns: 3 },
    );
  });

  it("briefings-export: hostile data files and output folders", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fileName, hostile, async (name, text) => {
        const dir = tempDir();
        const data = curated();
        data.people[0]!.name = text;
        writeFileSync(join(dir, name), JSON.stringify(data));
        const runs = [
          await run("export", ["--data", join(dir, name), "--out", join(dir, "out"), "--format", "json"]),
          await run("export", ["--out", join(dir, name.replace(/\.json$/, "")), "--format", "json", "--id-base", text]),
          await run("export", ["--out", join(dir, "x"), "--format", text]),
        ];
        for (const r of runs) clean(r.stdout, r.stderr);
      }),
      { numRuns: 3 },
    );
  });

  it("briefings-ingest: hostile input names and contents, report and --json", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fileName, hostile, async (name, text) => {
        const dir = tempDir();
        const input = join(dir, name.replace(/\.json$/, ".txt"));
        const seed = readFileSync(SEED_SOURCE, "utf8");
        writeFileSync(input, `${seed.slice(0, 400)}${text}${seed.slice(400)}`);
        const runs = [
          await run("ingest", [input, "--out", join(dir, "draft.json")]),
          await run("ingest", [input, "--json", "--out", join(dir, "draft2.json")]),
          await run("ingest", [join(dir, `missing-${name}`)]),
        ];
        for (const r of runs) clean(r.stdout, r.stderr);
      }),
      { numRuns: 4 },
    );
  });
});
