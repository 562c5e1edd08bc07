// Running the built commands as a user does (child processes), with bounded output and time, and
// the data files the attacks are made of.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { tempDir as tempFolder } from "@briefings/testing";

// The workspace links of this package's node_modules (not every package exports its package.json).
// RELIABILITY_BEFORE=<checkout> runs the commands of another checkout instead (built there): how each
// test was seen to fail before its fix.
const before = process.env.RELIABILITY_BEFORE;
const PACKAGE_DIRS: Record<string, string> = { "@briefings/core": "packages/core", "@briefings/export": "packages/export", "@briefings/ingest": "packages/ingest", "@briefings/tui": "apps/tui" };
const root = (pkg: string) => (before ? join(before, PACKAGE_DIRS[pkg]!) : fileURLToPath(new URL(`../node_modules/${pkg}`, import.meta.url)));

/** The built commands (turbo builds every dependency before this package's tests). */
export const BIN = {
  validate: join(root("@briefings/core"), "dist", "cli", "validate.js"),
  export: join(root("@briefings/export"), "dist", "cli.js"),
  ingest: join(root("@briefings/ingest"), "dist", "cli.js"),
  briefings: join(root("@briefings/tui"), "dist", "cli.js"),
} as const;

/** The seed press release (its bytes are in core's data): a real input for `briefings-ingest`. */
export const SEED_SOURCE = join(root("@briefings/core"), "data", "sources", "ctc-2019-06-27-soft-targets-press-release.txt");

/** Fails clearly when a command was not built. */
export function requireBuilt(...bins: (keyof typeof BIN)[]): void {
  for (const bin of bins) if (!existsSync(BIN[bin])) throw new Error(`${BIN[bin]} is missing: build the workspace first (pnpm build)`);
}

/** What a run printed (each stream cut at `keep` characters, with its full size) and how it ended. */
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Bytes written to stdout and stderr in all (what was kept may be less). */
  stdoutBytes: number;
  stderrBytes: number;
  /** The run was killed at `timeout`. */
  timedOut: boolean;
  /** Milliseconds from start to exit (for messages only: no test asserts a time). */
  ms: number;
}

/** Options of `run`. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Killed (SIGKILL) after this many milliseconds. */
  timeout?: number;
  /** Characters of each stream kept. */
  keep?: number;
  /** Written to standard input, which is then closed. */
  input?: string;
  /** Called once the process is started (to signal it). */
  started?: (pid: number) => void;
  /** Run through `sh -c 'ulimit -f 0; exec …'`: every write to a file fails (EFBIG), as on a full disk. */
  fullDisk?: boolean;
}

/** Runs a built command with node and collects what it printed. */
export function run(bin: keyof typeof BIN, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const keep = options.keep ?? 1_000_000;
  const argv = [BIN[bin], ...args];
  const [command, commandArgs] = options.fullDisk
    ? ["sh", ["-c", 'ulimit -f 0; exec "$0" "$@"', process.execPath, ...argv]]
    : [process.execPath, argv];
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const child = spawn(command as string, commandArgs as string[], {
      cwd: options.cwd,
      env: { ...process.env, BRIEFINGS_DATASET: undefined, NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out = { stdout: "", stderr: "", stdoutBytes: 0, stderrBytes: 0 };
    for (const name of ["stdout", "stderr"] as const) {
      child[name].setEncoding("utf8");
      child[name].on("data", (chunk: string) => {
        out[`${name}Bytes`] += Buffer.byteLength(chunk);
        if (out[name].length < keep) out[name] += chunk.slice(0, keep - out[name].length);
      });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeout ?? 60_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ...out, timedOut, ms: Date.now() - start });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
    if (child.pid !== undefined) options.started?.(child.pid);
  });
}

/** A new empty temporary folder, removed after the test file. */
export const tempDir = (): string => tempFolder("reliability");

export { listFiles } from "@briefings/testing";

/** A deep copy of the curated dataset, to damage. */
export function curated(): Dataset {
  return structuredClone(dataset);
}

/** Resolves after `ms` milliseconds. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 10 ms until it is true; throws after `timeout` ms. */
export async function until(check: () => boolean, what: string, timeout = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await delay(10);
  }
}

/**
 * What must never reach a terminal: C0 controls but line feed, DEL, C1 controls, bidi embeddings,
 * overrides, isolates and marks (U+061C, U+200E, U+200F), line and paragraph separators, zero-width
 * characters and lone surrogates.
 */
export const FORBIDDEN =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** The first forbidden character of `text` as `U+XXXX at offset`, or `undefined`: for readable failures. */
export function forbiddenIn(text: string): string | undefined {
  const m = FORBIDDEN.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 30))}` : undefined;
}
