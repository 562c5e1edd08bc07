// The `briefings-ingest` command, as a function of its arguments and streams (so it is testable
// and the `briefings` command can delegate `briefings ingest …` to it).
import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { link, lstat, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { neutralize, safeJson } from "@briefings/core/text";
import pkg from "../package.json";
import { decodeInput, MAX_INPUT_BYTES, readFileLimited, readStream, type ReadResult } from "./input";
import { ingestDecoded, type IngestResult } from "./ingest";
import { renderReport } from "./report";

const terminalSafe = (text: string) => neutralize(text, "terminal");

/** The streams the command uses. */
export interface CliIo {
  /** Standard input (read when the input is `-`). */
  stdin: AsyncIterable<unknown>;
  /** Standard output. */
  stdout: { write(chunk: string): unknown };
  /** Standard error. */
  stderr: { write(chunk: string): unknown };
}

/** Exit codes. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, invalidDraft: 3 } as const;

const usage = (command: string) => `Usage: ${command} <file|-> [--out <file>] [--force] [--json] [--url <url>]

Reads a press release about a Counter-Terrorism Committee meeting (plain text, HTML or an RSS
item; UTF-8, or Windows-1252), repairs its text, extracts a draft record with evidence for every
fact, validates it against the dataset, writes it as JSON and prints a report.

Arguments:
  <file>           the press release; "-" reads standard input
Options:
  --out <file>     where to write the draft (default: <file>.draft.json; none for stdin)
  --force          overwrite the output file if it exists (only a regular file, never the input)
  --json           print the full machine-readable result on stdout instead of the report
  --url <url>      the press release's address, recorded in the source
  -h, --help       show this help
  -V, --version    show the version

Limits: inputs up to ${MAX_INPUT_BYTES} bytes (2 MiB); binary or non-text input is refused.
Exit codes: 0 draft written and valid; 1 bad input or output error; 2 bad usage;
            3 draft written but invalid (its problems are listed).
`;

/** Parsed command line. */
interface Args {
  input: string;
  out?: string;
  force: boolean;
  json: boolean;
  url?: string;
}

function parseArgs(argv: readonly string[]): { ok: true; args: Args } | { ok: false; message?: string; help?: true; version?: true } {
  let input: string | undefined;
  let out: string | undefined;
  let url: string | undefined;
  let force = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h" || a === "--help") return { ok: false, help: true };
    if (a === "-V" || a === "--version") return { ok: false, version: true };
    if (a === "--force" || a === "-f") force = true;
    else if (a === "--json") json = true;
    else if (a === "--out" || a === "-o" || a === "--url") {
      const v = argv[++i];
      if (v === undefined || (v.startsWith("-") && v !== "-")) return { ok: false, message: `${a} needs a value` };
      if (a === "--url") {
        if (!/^https?:\/\/\S+$/u.test(v)) return { ok: false, message: `--url must be an http(s) URL, not ${JSON.stringify(v)}` };
        url = v;
      } else out = v;
    } else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a.startsWith("--url=")) {
      url = a.slice(6);
      if (!/^https?:\/\/\S+$/u.test(url)) return { ok: false, message: `--url must be an http(s) URL, not ${JSON.stringify(url)}` };
    } else if (a === "--") {
      const rest = argv.slice(i + 1);
      if (rest.length + (input === undefined ? 0 : 1) !== 1) return { ok: false, message: "give exactly one input" };
      input ??= rest[0];
      break;
    } else if (a.startsWith("-") && a !== "-") return { ok: false, message: `unknown option ${JSON.stringify(a)}` };
    else if (input !== undefined) return { ok: false, message: `give exactly one input (got ${JSON.stringify(input)} and ${JSON.stringify(a)})` };
    else input = a;
  }
  if (input === undefined) return { ok: false, message: "no input given (a file, or - for standard input)" };
  return { ok: true, args: { input, ...(out !== undefined ? { out } : {}), force, json, ...(url !== undefined ? { url } : {}) } };
}

/** The package version, read from package.json beside src/ or dist/. */
export function version(): string {
  // Imported, not read at run time, so the version survives bundling into another command.
  return pkg.version;
}

/** Why an output path cannot be written. */
export class OutputRefused extends Error {
  override name = "OutputRefused";
}

function kindOf(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isSymbolicLink()) return "a symbolic link";
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Checks what is at the output path before anything is written: nothing, or (with `force`) a regular
 * file that is not the input. A symbolic link, FIFO, device or directory is refused even with `force`:
 * replacing it would destroy what it is, or write somewhere the user did not name.
 */
export async function checkOutput(path: string, force: boolean, input?: Pick<Stats, "dev" | "ino">): Promise<void> {
  let info: Stats;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const kind = kindOf(info);
  if (kind !== undefined) throw new OutputRefused(`${path} is ${kind}: refusing to replace it; --out takes a new or regular file`);
  if (input !== undefined && info.dev === input.dev && info.ino === input.ino) throw new OutputRefused(`${path} is the input file: refusing to overwrite it`);
  if (!force) throw new OutputRefused(`${path} already exists; use --force to overwrite it`);
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename (or a link, which refuses to
 * overwrite). The temporary file is removed whatever fails (a full disk leaves nothing behind); the
 * target is checked again just before the rename, so only a regular file is ever replaced.
 */
export async function writeAtomic(path: string, content: string, force: boolean, input?: Pick<Stats, "dev" | "ino">): Promise<void> {
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(tmp, "wx", 0o644);
  try {
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await checkOutput(target, force, input);
    if (force) await rename(tmp, target);
    else await link(tmp, target); // fails with EEXIST rather than overwrite
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  if (!force) await unlink(tmp);
}

const describe = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file";
  if (e?.code === "EISDIR") return "is a directory";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "EEXIST") return "already exists (use --force to overwrite)";
  if (e?.code === "ENOSPC" || e?.code === "EFBIG" || e?.code === "EDQUOT") return "no space left (nothing was written)";
  return e?.message ?? String(error);
};

/** Options of `runIngestCli`. */
export interface CliOptions {
  /** The command's name in help and messages (default `briefings-ingest`; `briefings ingest` when run through `briefings`). */
  command?: string;
}

/** Runs the command; resolves to the exit code. Never throws for bad input. */
export async function runIngestCli(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  const command = options.command ?? "briefings-ingest";
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.stdout.write(usage(command));
      return EXIT.ok;
    }
    if (parsed.version) {
      io.stdout.write(`${command} ${version()}\n`);
      return EXIT.ok;
    }
    io.stderr.write(`${command}: ${terminalSafe(parsed.message ?? "bad arguments")}\nTry ${command} --help.\n`);
    return EXIT.usage;
  }
  const { args } = parsed;
  const name = args.input === "-" ? "(standard input)" : args.input;
  const out = args.out ?? (args.input === "-" ? undefined : `${args.input}.draft.json`);
  // The output is checked before the work: a refused --out costs nothing, and the input is never overwritten.
  let inputId: Stats | undefined;
  if (out !== undefined) {
    try {
      inputId = args.input === "-" ? undefined : await stat(args.input);
      await checkOutput(out, args.force, inputId);
    } catch (error) {
      const message = error instanceof OutputRefused ? error.message : `cannot ${inputId ? "write" : "read"} ${inputId ? out : name}: ${describe(error)}`;
      io.stderr.write(`${command}: ${terminalSafe(message)}\n`);
      return EXIT.badInput;
    }
  }
  let read: ReadResult;
  try {
    read = args.input === "-" ? await readStream(io.stdin) : await readFileLimited(args.input);
  } catch (error) {
    io.stderr.write(`${command}: cannot read ${terminalSafe(name)}: ${terminalSafe(describe(error))}\n`);
    return EXIT.badInput;
  }
  if (!read.ok) {
    io.stderr.write(`${command}: ${terminalSafe(name)}: the input is over the limit of ${read.limit} bytes (2 MiB)\n`);
    return EXIT.badInput;
  }
  const decoded = decodeInput(read.bytes);
  if (!decoded.ok) {
    io.stderr.write(`${command}: ${terminalSafe(name)}: ${terminalSafe(decoded.error.message)}\n`);
    return EXIT.badInput;
  }
  let result: IngestResult;
  try {
    result = ingestDecoded(decoded.input, { ...(args.url ? { url: args.url } : {}), ...(args.input === "-" ? {} : { fileName: basename(args.input) }) });
  } catch (error) {
    io.stderr.write(`${command}: ${terminalSafe(name)}: could not be processed: ${terminalSafe(describe(error))}\n`);
    return EXIT.badInput;
  }
  if (out !== undefined) {
    const record = { valid: result.valid, problems: result.problems, draft: result.draft };
    try {
      await writeAtomic(out, `${JSON.stringify(record, null, 2)}\n`, args.force, inputId);
    } catch (error) {
      const message = error instanceof OutputRefused ? error.message : `cannot write ${out}: ${describe(error)}`;
      io.stderr.write(`${command}: ${terminalSafe(message)}\n`);
      return EXIT.badInput;
    }
  }
  if (args.json) io.stdout.write(`${safeJson(result)}\n`);
  else io.stdout.write(renderReport(result, { inputName: name, command, ...(out ? { writtenTo: out } : {}) }));
  return result.valid ? EXIT.ok : EXIT.invalidDraft;
}
