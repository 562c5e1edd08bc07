// Hangs, crashes and unbounded work: every command that reads a data file (the validator, `export
// --data`, `briefings --data`) refuses what it cannot read in bounded time and memory, with a clear error.
import { execFileSync } from "node:child_process";
import { closeSync, openSync, ftruncateSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_DATA_FILE_BYTES } from "@briefings/core/validate";
import { beforeAll, describe, expect, it } from "vitest";
import { requireBuilt, run, tempDir, until, type RunResult } from "./helpers";

beforeAll(() => requireBuilt("validate", "export", "briefings"));

/** The three ways a data file is read: the command and its arguments. */
const READERS: Record<"validate" | "export" | "briefings", (file: string) => [Parameters<typeof run>[0], string[]]> = {
  validate: (file) => ["validate", [file]],
  export: (file) => ["export", ["--data", file, "--out", join(tempDir(), "out"), "--format", "json"]],
  briefings: (file) => ["briefings", ["list", "--data", file]],
};

async function read(reader: keyof typeof READERS, file: string, options: Parameters<typeof run>[2] = {}): Promise<RunResult> {
  const [bin, args] = READERS[reader](file);
  return run(bin, args, options);
}

/** A crash shows as a stack trace or V8's messages. */
const CRASH = /Maximum call stack|RangeError|^ {4}at |heap out of memory|FATAL ERROR/m;

/** JSON in which every token is a syntax error: two errors a line (400 KB: about 266,000 errors). */
function manyErrors(dir: string, lines: number, name = "errors.json"): string {
  const file = join(dir, name);
  writeFileSync(file, `[${"@,\n".repeat(lines)}1]`);
  return file;
}

describe("nesting depth (issue 15: JSON nested 5,000 levels crashed the parser)", () => {
  const deep = (dir: string, levels: number) => {
    const file = join(dir, `deep-${levels}.json`);
    writeFileSync(file, `{"meetings": ${"[".repeat(levels)}${"]".repeat(levels)}}`);
    return file;
  };

  it.each(["validate", "export", "briefings"] as const)("%s: a clear error with the line, no stack trace", async (reader) => {
    const dir = tempDir();
    for (const levels of [5_000, 200_000]) {
      const r = await read(reader, deep(dir, levels));
      expect(r.stderr).not.toMatch(CRASH);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/nested deeper than \d+ levels/);
      expect(r.stderr).toMatch(/deep-\d+\.json:1:\d+/);
    }
  });
});

describe("many syntax errors (issue 15: unbounded reports, quadratic positions)", () => {
  it("validator, 400 KB of errors: finishes, reports a capped number and says how many more", async () => {
    const r = await run("validate", [manyErrors(tempDir(), 133_000)]);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.code).toBe(1);
    expect(r.stderrBytes).toBeLessThan(64 * 1024);
    expect(r.stderr).toMatch(/and [\d,]+ more/);
  });

  it("validator, 4 MB of errors: finishes in linear time (a quadratic scan never does here)", async () => {
    const r = await run("validate", [manyErrors(tempDir(), 1_330_000)], { timeout: 100_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderrBytes).toBeLessThan(64 * 1024);
    expect(r.stderr).toMatch(/and [\d,]+ more/);
  });

  it("validator, --json: the problems are capped too, with the count of the rest", async () => {
    const r = await run("validate", ["--json", manyErrors(tempDir(), 133_000)]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { problems: unknown[]; more: number };
    expect(report.problems.length).toBeLessThanOrEqual(100);
    expect(report.more).toBeGreaterThan(100_000);
  });

  it("validator, 50 MB of errors (it reached 2.2 GB): bounded memory, a 256 MB heap is enough", async () => {
    const r = await run("validate", [manyErrors(tempDir(), 16_600_000)], { timeout: 110_000, env: { NODE_OPTIONS: "--max-old-space-size=256" } });
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/and [\d,]+ more/);
  });

  it("export --data, 4 MB of errors: a capped report (it printed 155 MB), nothing written", async () => {
    const r = await read("export", manyErrors(tempDir(), 1_330_000), { timeout: 100_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderrBytes).toBeLessThan(64 * 1024);
    expect(r.stderr).toMatch(/and [\d,]+ more/);
  });

  it("briefings --data, 4 MB of errors: a capped report", async () => {
    const r = await read("briefings", manyErrors(tempDir(), 1_330_000), { timeout: 100_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderrBytes).toBeLessThan(64 * 1024);
  });
});

/** CPU time process `pid` has used so far, in seconds (Linux /proc, clock ticks of 1/100 s); 0 once it has ended. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name: utime and stime are the 14th and 15th of the line.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

describe("signals (issue 15: export ignored SIGTERM for 12 minutes)", () => {
  // 90 MB of bad tokens: seconds of CPU to scan, far more than a command needs to start.
  let file = "";
  beforeAll(() => {
    file = manyErrors(tempDir(), 30_000_000, "huge.json");
  });

  it.each(["validate", "export", "briefings"] as const)("%s stops on SIGTERM while reading a large bad file", async (reader) => {
    let pid = 0;
    let ended = false;
    const running = read(reader, file, { timeout: 120_000, started: (p) => (pid = p) }).finally(() => (ended = true));
    // Well into the work on the file, whatever the load: once it has used 1.5 s of CPU (starting takes under 1 s).
    await until(() => ended || cpuSeconds(pid) >= 1.5, "1.5 s of CPU", 100_000);
    expect(ended, "the command finished before it could be signalled: give it a larger file").toBe(false);
    process.kill(pid, "SIGTERM");
    const r = await running;
    expect(r.timedOut).toBe(false);
    // Ended by the signal itself, or by its handler with 128 + 15: not by finishing the work (exit code 1).
    expect(r.signal === "SIGTERM" || r.code === 143).toBe(true);
  }, 240_000);
});

describe("special and oversized files (issue 15: /dev/zero grew without bound)", () => {
  it.each(["validate", "export", "briefings"] as const)("%s refuses /dev/zero, a FIFO and a directory named as a file, at once", async (reader) => {
    const dir = tempDir();
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    for (const file of ["/dev/zero", fifo]) {
      const r = await read(reader, file, { timeout: 30_000 });
      expect(r.timedOut, file).toBe(false);
      expect(r.code, file).not.toBe(0);
      expect(r.stderr).toMatch(/not a regular file/);
    }
  });

  it.each(["validate", "export", "briefings"] as const)("%s refuses a file over the stated size limit, naming the limit", async (reader) => {
    const file = join(tempDir(), "big.json");
    const fd = openSync(file, "w");
    ftruncateSync(fd, MAX_DATA_FILE_BYTES + 1); // sparse: no disk used
    closeSync(fd);
    const r = await read(reader, file, { timeout: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(new RegExp(`over the limit of ${MAX_DATA_FILE_BYTES / 1024 / 1024} MiB`));
  });
});
