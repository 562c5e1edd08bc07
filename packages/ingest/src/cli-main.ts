// The `briefings-ingest` command, as a function of its arguments and streams (so it is testable
// and the `briefings` command can delegate `briefings ingest …` to it).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import pkg from "../package.json";
import { link, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { decodeInput, MAX_INPUT_BYTES, readFileLimited, readStream, type ReadResult } from "./input";
import { ingestDecoded, type IngestResult } from "./ingest";
import { renderReport } from "./report";
import { terminalSafe } from "./display";

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

const USAGE = `Usage: briefings-ingest <file|-> [--out <file>] [--force] [--json] [--url <url>]

Reads a press release about a Counter-Terrorism Committee meeting (plain text, HTML or an RSS
item; UTF-8, or Windows-1252), repairs its text, extracts a draft record with evidence for every
fact, validates it against the dataset, writes it as JSON and prints a report.

Arguments:
  <file>           the press release; "-" reads standard input
Options:
  --out <file>     where to write the draft (default: <file>.draft.json; none for stdin)
  --force          overwrite the output file if it exists
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

/** Writes a file atomically: a temporary file beside it, then a rename (or a link, which refuses to overwrite). */
export async function writeAtomic(path: string, content: string, force: boolean): Promise<void> {
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(tmp, "wx", 0o644);
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (force) await rename(tmp, target);
    else {
      await link(tmp, target); // fails with EEXIST rather than overwrite
      await unlink(tmp);
    }
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

const describe = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file";
  if (e?.code === "EISDIR") return "is a directory";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "EEXIST") return "already exists (use --force to overwrite)";
  return e?.message ?? String(error);
};

/** Runs the command; resolves to the exit code. Never throws for bad input. */
export async function runIngestCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (parsed.version) {
      io.stdout.write(`briefings-ingest ${version()}\n`);
      return EXIT.ok;
    }
    io.stderr.write(`briefings-ingest: ${terminalSafe(parsed.message ?? "bad arguments")}\nTry briefings-ingest --help.\n`);
    return EXIT.usage;
  }
  const { args } = parsed;
  const name = args.input === "-" ? "(standard input)" : args.input;
  let read: ReadResult;
  try {
    read = args.input === "-" ? await readStream(io.stdin) : await readFileLimited(args.input);
  } catch (error) {
    io.stderr.write(`briefings-ingest: cannot read ${terminalSafe(name)}: ${terminalSafe(describe(error))}\n`);
    return EXIT.badInput;
  }
  if (!read.ok) {
    io.stderr.write(`briefings-ingest: ${terminalSafe(name)}: the input is over the limit of ${read.limit} bytes (2 MiB)\n`);
    return EXIT.badInput;
  }
  const decoded = decodeInput(read.bytes);
  if (!decoded.ok) {
    io.stderr.write(`briefings-ingest: ${terminalSafe(name)}: ${terminalSafe(decoded.error.message)}\n`);
    return EXIT.badInput;
  }
  let result: IngestResult;
  try {
    result = ingestDecoded(decoded.input, { ...(args.url ? { url: args.url } : {}), ...(args.input === "-" ? {} : { fileName: basename(args.input) }) });
  } catch (error) {
    io.stderr.write(`briefings-ingest: ${terminalSafe(name)}: could not be processed: ${terminalSafe(describe(error))}\n`);
    return EXIT.badInput;
  }
  const out = args.out ?? (args.input === "-" ? undefined : `${args.input}.draft.json`);
  if (out !== undefined) {
    if (!args.force && existsSync(out)) {
      io.stderr.write(`briefings-ingest: ${terminalSafe(out)} already exists; use --force to overwrite it\n`);
      return EXIT.badInput;
    }
    const record = { valid: result.valid, problems: result.problems, draft: result.draft };
    try {
      await writeAtomic(out, `${JSON.stringify(record, null, 2)}\n`, args.force);
    } catch (error) {
      io.stderr.write(`briefings-ingest: cannot write ${terminalSafe(out)}: ${terminalSafe(describe(error))}\n`);
      return EXIT.badInput;
    }
  }
  if (args.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(renderReport(result, { inputName: name, ...(out ? { writtenTo: out } : {}) }));
  return result.valid ? EXIT.ok : EXIT.invalidDraft;
}
