// briefings-export --out <dir> [--format a,b] [--pretty] [--force] [--data <file>]: publishes the dataset.
// Exit status: 0 written; 1 invalid data, refused output folder or a failed export; 2 usage error.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dataset as bundled, type Dataset } from "@briefings/core";
import { Dataset as DatasetSchema } from "@briefings/core/schemas";
import { neutralize } from "@briefings/core/text";
import { loadDatasetFile, proofPath } from "@briefings/core/trust";
import { formatBytes, formatFileProblem, formatMoreProblems, MAX_DATA_FILE_BYTES } from "@briefings/core/validate";
import { abandonActiveOutputs, EXPORT_MARKER, OutputError } from "./atomic";
import { FORMAT_INFO, FORMATS, parseFormats, type Format } from "./formats";
import { exportDataset } from "./index";

const NAME = "briefings-export";

/** Every path and message printed passes through core's neutraliser, like the data. */
const safeText = (text: string) => neutralize(text, "terminal");

/** A progress line on stderr. */
const log = (message: string) => process.stderr.write(`${NAME}: ${safeText(message)}\n`);

const HELP = `Usage: ${NAME} --out <dir> [options]

Publishes the briefings dataset in the formats its users work with. Everything is written into a
temporary folder next to <dir> and renamed into place at the end: a failed or interrupted export
leaves <dir> as it was, and a run killed midway is finished by the next one (the previous export
restored, leftover temporary folders removed). A symbolic link as <dir> is followed: the folder it
points to is replaced and the link kept.

Options:
  -o, --out <dir>        output folder (created if missing; refused if not empty, unless --force)
  -f, --format <list>    comma-separated formats (default: all)
      --data <file>      export this dataset file (validated first) instead of the bundled dataset;
                         a regular JSON file of at most ${formatBytes(MAX_DATA_FILE_BYTES)}; a valid file gets a proof
                         beside it (<file>.verified.json), and the same bytes are not validated again
      --pretty           indent JSON output (default: compact canonical JSON)
      --force            replace a previous export in <dir> (only a folder that holds the
                         export's marker file, ${EXPORT_MARKER}; never the current, home or root folder)
      --id-base <iri>    prefix of JSON-LD node ids (default: urn:briefings:)
      --site-url <url>   the site's public origin: records' citations give their addresses there
  -h, --help             show this help
      --version          show the version

Formats:
${FORMATS.map((f) => `  ${f.padEnd(8)} ${FORMAT_INFO[f].path.padEnd(18)} ${FORMAT_INFO[f].description}`).join("\n")}

Exit status: 0 written, 1 invalid data or export failed (nothing written), 2 usage error.`;

function usage(message: string): never {
  process.stderr.write(`${NAME}: ${safeText(message)}\nTry '${NAME} --help'.\n`);
  process.exit(2);
}

function failure(message: string): never {
  process.stderr.write(`${NAME}: ${safeText(message)}\n`);
  process.exit(1);
}

// Test-only hooks (not part of the interface): BRIEFINGS_EXPORT_TEST_DELAY_MS sleeps after each format,
// so a test can kill the process midway; BRIEFINGS_EXPORT_TEST_FAIL_AFTER=<format> throws after it.
function testHook(): ((format: Format) => Promise<void>) | undefined {
  const delay = Number(process.env.BRIEFINGS_EXPORT_TEST_DELAY_MS ?? "0");
  const failAfter = process.env.BRIEFINGS_EXPORT_TEST_FAIL_AFTER;
  if (!(delay > 0) && !failAfter) return undefined;
  return async (format) => {
    if (failAfter === format) throw new Error(`injected failure after ${format} (BRIEFINGS_EXPORT_TEST_FAIL_AFTER)`);
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
  };
}

/**
 * Interrupted while writing: remove the temporary folder, say truly where the output stands, exit.
 * Installed only once writing starts: before that there is nothing to clean up, and a signal ends the
 * process at once (the default), however busy it is.
 */
function cleanUpOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      const outputs = abandonActiveOutputs();
      const where = outputs.length === 0 ? "" : outputs.every((o) => o.state === "unchanged") ? "; the output folder is unchanged" : "; the new export was already in place";
      process.stderr.write(`${NAME}: interrupted (${signal})${where}\n`);
      process.exit(signal === "SIGINT" ? 130 : signal === "SIGHUP" ? 129 : 143);
    });
  }
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: false,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
        data: { type: "string" },
        pretty: { type: "boolean" },
        force: { type: "boolean" },
        "id-base": { type: "string" },
        "site-url": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values } = args;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  if (values.out === undefined || values.out === "") usage("missing --out <dir>");
  if (values["site-url"] !== undefined && !/^https?:\/\/[^\s/]+/.test(values["site-url"])) usage(`--site-url must be an http(s) address, not "${values["site-url"]}"`);
  let formats: Format[];
  try {
    formats = values.format === undefined ? [...FORMATS] : parseFormats(values.format);
  } catch (error) {
    usage((error as Error).message);
  }

  // The bundled dataset is validated when it is generated; parsing fills in the schema's defaults, so the
  // files hold parsed data, as the JSON Schemas (io "output") describe.
  let data: Dataset = DatasetSchema.parse(bundled);
  if (values.data !== undefined) {
    const loaded = await loadDatasetFile(values.data);
    if (!loaded.ok) {
      const lines = loaded.problems.map(formatFileProblem);
      const more = formatMoreProblems(values.data, loaded.more, loaded.problems.length);
      if (more) lines.push(more);
      process.stderr.write(`${safeText(lines.join("\n"))}\n`);
      const total = loaded.problems.length + loaded.more;
      failure(`${total.toLocaleString("en-US")} problem${total === 1 ? "" : "s"} in ${values.data}: nothing written`);
    }
    data = loaded.dataset;
    // Said, so that a user knows why a second export of the same file starts sooner (and what the extra file is).
    if (!loaded.validated) log(`${values.data} matches its proof (${proofPath(values.data)}): not validated again`);
    else if (loaded.proofWritten === true) log(`${values.data} is valid; wrote its proof to ${proofPath(values.data)}`);
  }

  const hook = testHook();
  cleanUpOnSignals();
  try {
    const result = await exportDataset(data, {
      out: values.out,
      formats,
      pretty: values.pretty ?? false,
      force: values.force ?? false,
      parse: false,
      log,
      ...(values["id-base"] === undefined ? {} : { idBase: values["id-base"] }),
      ...(values["site-url"] === undefined ? {} : { siteUrl: values["site-url"] }),
      ...(hook ? { afterFormat: hook } : {}),
    });
    process.stdout.write(`${safeText(`wrote ${result.formats.join(", ")} to ${result.out}`)}\n`);
  } catch (error) {
    if (error instanceof OutputError) failure(error.message);
    failure(`export failed, ${values.out} is unchanged: ${(error as Error).message}`);
  }
}

await main();
