// briefings: browse the dataset in a full-screen terminal UI, or print it with list/show/search.
import { parseArgs } from "node:util";
import type { Dataset } from "@briefings/core";
import { neutralize, neutralizeDeep } from "@briefings/core/text";
import pkg from "../package.json";
import type { CommandResult } from "./commands";
import { curatedRows } from "./curated-rows";
import { firstFrame } from "./lib/first-frame";
import type { ListRow } from "./lib/list-rows";
import type { StagedMeetings } from "./load";
import { enterFullScreen } from "./screen";
import type { ChalkInstance } from "chalk";
import type { browse as Browse } from "./browse";

// Start-up: this module and what it imports statically are all that runs before the browser's first frame,
// drawn from the curated list's rows computed at build time; none of them imports core's index (which
// brings the dataset). The dataset, the commands, the loader of --data files and the browser (Ink, React,
// the layout engine) are imported when needed, after it.

const help = (types: string) => `Usage: briefings [command] [options]

Browse the briefings dataset (UN Security Council Counter-Terrorism Committee meetings).
Without a command, in a terminal: a full-screen browser (press ? in it for the keys).
Without a terminal (pipe, CI): the same as 'briefings list'.

Commands:
  list                 every briefing, newest first
  show <id>            one briefing in full (or a person or organization by id)
  search <words...>    briefings, people, organizations, quotes, figures, statements
  ingest <file|->      draft a record from a press release (see 'briefings ingest --help')

Options:
  --json               print JSON (list, show, search)
  --year <YYYY>        list: only briefings of that year
  --type <type>        list: only briefings of that type
  --data <file>        browse this dataset file instead of the curated one (validated first;
                       a regular JSON file of at most 500 MiB; also BRIEFINGS_DATASET=<file>)
  -h, --help           show this help
  -v, --version        show the versions of the program, the library and the data

Environment:
  NO_COLOR             no colours in the browser

Types: ${types}`;

const COMMANDS = new Set(["list", "show", "search"]);

/** Every message printed passes through core's neutraliser, like the data. */
const terminalText = (text: string) => neutralize(text, "terminal");

function write(result: CommandResult): number {
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return result.code;
}

function usageError(message: string): number {
  process.stderr.write(`briefings: ${terminalText(message)}\nTry 'briefings --help'.\n`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "ingest") {
    // The curators' command: loaded only when asked for (it carries the repair engine and the schemas).
    const { runIngestCli } = await import("@briefings/ingest");
    return runIngestCli(argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, { command: "briefings ingest" });
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        year: { type: "string" },
        type: { type: "string" },
        data: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    const { typeList } = await import("./commands");
    process.stdout.write(`${help(typeList())}\n`);
    return 0;
  }
  if (values.version) {
    // The code and the data are versioned apart: both are shown (the data's grows when records change).
    const { dataset, formatVersions, versions } = await import("@briefings/core");
    process.stdout.write(`briefings ${pkg.version} (${formatVersions(versions(dataset))})\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command !== undefined && !COMMANDS.has(command)) return usageError(`unknown command "${command}" (commands: list, show, search)`);
  const fullScreen = command === undefined && process.stdin.isTTY && process.stdout.isTTY && !values.json;
  if (fullScreen) {
    // The full-screen UI runs in a terminal someone is looking at. Ink draws nothing until exit, and the
    // colour library drops colours, when a CI variable is set (they take it to mean a log): unset them
    // before they load (both read the environment on load).
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
  }
  const color = !(process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "");
  // --data (or BRIEFINGS_DATASET) browses another dataset file, validated first.
  const file = values.data ?? (process.env.BRIEFINGS_DATASET || undefined);
  // The curated list on screen at once, from its rows computed at build time (neutralised, as the browser's
  // are): before anything else loads.
  if (fullScreen && file === undefined) drawFirstFrame(curatedRows().map((row) => neutralizeDeep(row, "terminal")), color);
  // The full-screen browser's code (Ink, React, the layout engine) starts loading now, so that it compiles
  // while a --data file is read.
  const browser = fullScreen ? loadBrowser() : undefined;
  browser?.catch(() => undefined);
  // What prepares the data for it too, at the same time (each import waits for its files); or the commands.
  const preparer = fullScreen ? import("./lib/prepare") : undefined;
  preparer?.catch(() => undefined);
  const printer = fullScreen ? undefined : Promise.all([import("./commands"), import("./lib/sanitize"), import("./load")]);
  printer?.catch(() => undefined);

  let loaded: Dataset | StagedMeetings;
  if (file !== undefined) {
    const { loadDatasetFile } = await import("./load");
    const result = await loadDatasetFile(file);
    if (!result.ok) {
      // The detail lines name the file and quote the data: neutralised like the header.
      const lines = [`briefings: ${file} is not a valid dataset (${result.total.toLocaleString("en-US")} problem${result.total === 1 ? "" : "s"}):`, ...result.errors.map((e) => `  ${e}`)];
      process.stderr.write(`${terminalText(lines.join("\n"))}\n`);
      return 1;
    }
    loaded = result.dataset;
  } else loaded = (await import("@briefings/core")).dataset;
  // The data boundary: nothing below sees unsanitised text (the commands get the whole dataset
  // neutralised; the browser gets the list's rows neutralised first and the rest after its first frame).
  if (printer) {
    const [commands, { sanitizeDataset }, { wholeDataset }] = await printer;
    // The commands need the whole dataset (the browser shows the list from the meetings while the rest is parsed).
    const whole = () => wholeDataset(loaded);
    const options = { json: values.json, year: values.year, type: values.type, width: process.stdout.isTTY ? process.stdout.columns || 80 : undefined };
    if (command === "show") {
      if (rest.length > 1) return usageError("show takes one id");
      return write(commands.showCommand(sanitizeDataset(whole()), rest[0], options));
    }
    if (command === "search") return write(commands.searchCommand(sanitizeDataset(whole()), rest, options));
    if (rest.length > 0) return usageError(`list takes no arguments, got "${rest.join(" ")}"`);
    return write(commands.listCommand(sanitizeDataset(whole()), options));
  }
  const { prepareDataset } = await preparer!;
  const prepared = prepareDataset(loaded);
  // A --data file's list, on screen while Ink finishes loading (when it has not yet).
  if (file !== undefined) drawFirstFrame(prepared.rows, color);
  // Ink, React and the layout engine load only for the full-screen browser: the commands start faster.
  const { browse } = await browser!;
  const code = await browse(prepared, color);
  // Writes to a terminal are synchronous: nothing is lost by not waiting for stdin's handle to close.
  process.exit(code);
}

/**
 * Draws the browser's first frame (the list at the top) without Ink, on the alternate screen, with the
 * cursor back home so that Ink's first frame, the same bytes, is written over it. Keys pressed meanwhile
 * wait for Ink (the terminal stops echoing them). Nothing when the frame is not drawn ahead (`firstFrame`),
 * or for a screen reader (Ink then writes text for it, not the frame).
 */
function drawFirstFrame(rows: readonly ListRow[], color: boolean): void {
  if (process.env.INK_SCREEN_READER === "true") return;
  const out = process.stdout;
  // A terminal that gives no size: Ink guesses one (from the environment); it draws the first frame itself.
  if (!out.columns || !out.rows) return;
  const frame = firstFrame(rows, { columns: out.columns, rows: out.rows, color, styled: inkStyles() });
  if (frame === undefined) return;
  enterFullScreen(out);
  out.write(`\x1b[?25l${frame}\x1b[H`);
  process.stdin.setRawMode(true);
}

/**
 * Whether Ink writes styles (bold, dim, inverse, colours): its colour library's level above 0. The library
 * is loaded here only when asked, after the CI variables are unset (it reads the environment when it
 * loads); in the binary this require is esbuild's lazy initialiser of the same bundled module Ink uses.
 */
function inkStyles(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("chalk") as { default: ChalkInstance }).default.level > 0;
}

/**
 * Imports the full-screen browser. Its layout engine (yoga, WebAssembly) would read its own bytes from a
 * data: URL with fetch(), which loads Node's whole HTTP client for that; with fetch hidden during the
 * import it decodes them directly. fetch is put back as it was once the import is done.
 */
async function loadBrowser(): Promise<{ browse: typeof Browse }> {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, "fetch");
  Object.defineProperty(globalThis, "fetch", { value: undefined, configurable: true, writable: true });
  try {
    return await import("./browse");
  } finally {
    if (fetchProperty) Object.defineProperty(globalThis, "fetch", fetchProperty);
    else Reflect.deleteProperty(globalThis, "fetch");
  }
}

// A reader that closes the pipe early (`briefings list | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefings: unexpected error: ${terminalText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    process.exitCode = 1;
  },
);
