// briefings-validate <file|dir>...: validates dataset JSON files; prints every problem (up to a cap per
// file, then how many more) with its file, line and field path; exits 1 when any file has problems, 2 on
// a usage error. Every path and message printed passes through core's neutraliser.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { neutralize, safeJson } from "../text/unsafe";
import { formatFileProblem, formatMoreProblems, loadDataFile, MAX_PROBLEMS_REPORTED, type FileProblem } from "../validate/files";
import { MAX_JSON_DEPTH } from "../validate/locate";
import { formatBytes, MAX_DATA_FILE_BYTES } from "../validate/read";
import { proofPath, validateDatasetFile } from "../trust";

/** How a proof's file name ends (see `proofPath`). */
const PROOF_SUFFIX = proofPath("");

const HELP = `Usage: briefings-validate [options] <file|dir>...

Validates briefings dataset files (JSON) against the schemas and every cross-record rule.
A directory is searched for *.json files (proofs, *.verified.json, left out).

Options:
  --json         print the problems as JSON
  --write-proof  beside each valid file, write its proof (<file>.verified.json): the terminal UI and
                 briefings-export then only parse the same bytes (a file that leaves out fields the
                 schemas fill in gets none: parsed as is, it would lack them)
  -h, --help     show this help
  --version      show the version

Limits: regular files only, up to ${formatBytes(MAX_DATA_FILE_BYTES)} each, nested at most ${MAX_JSON_DEPTH} levels;
at most ${MAX_PROBLEMS_REPORTED} problems are listed per file (the rest are counted).

Exit status: 0 valid, 1 problems found, 2 usage or read error.`;

const safe = (text: string) => neutralize(text, "terminal");

// A reader that closes the pipe early (`briefings-validate --json x | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

function fail(message: string): never {
  process.stderr.write(`briefings-validate: ${safe(message)}\nTry 'briefings-validate --help'.\n`);
  process.exit(2);
}

function jsonFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    fail(`${path}: no such file or directory`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => !e.name.startsWith(".") && e.name !== "node_modules")
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(path, e.name)) : e.name.endsWith(".json") && !e.name.endsWith(PROOF_SUFFIX) ? [join(path, e.name)] : [],
    );
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean" }, "write-proof": { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } },
  });
} catch (error) {
  fail((error as Error).message);
}
if (args.values.help) {
  console.log(HELP);
  process.exit(0);
}
if (args.values.version) {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  console.log(pkg.version);
  process.exit(0);
}
if (args.positionals.length === 0) fail("no file or directory given");

const files = args.positionals.flatMap(jsonFiles);
if (files.length === 0) fail(`no .json files in ${args.positionals.join(", ")}`);
const problems: FileProblem[] = [];
const more: { file: string; more: number; listed: number }[] = [];
let unreadable = false;
/** With --write-proof: each valid file, and whether its proof was written (or why not). */
const proofs: { file: string; written: boolean; reason?: string }[] = [];
const writeProofs = args.values["write-proof"] === true;
for (const file of files) {
  const check = writeProofs ? await validateDatasetFile(file) : await loadDataFile(file);
  if (check.ok) {
    if ("validated" in check) {
      const reason = check.complete === false ? "it leaves out fields the schemas fill in with defaults" : "the proof could not be written";
      proofs.push(check.proofWritten === true ? { file, written: true } : { file, written: false, reason });
    }
    continue;
  }
  for (const p of check.problems) problems.push(p);
  if (check.problems.some((p) => p.rule === "read")) unreadable = true;
  if (check.more > 0) more.push({ file, more: check.more, listed: check.problems.length });
}
const total = problems.length + more.reduce((n, m) => n + m.more, 0);
if (args.values.json) {
  process.stdout.write(`${safeJson({ files: files.length, valid: total === 0, problems, more: total - problems.length, ...(writeProofs ? { proofs } : {}) })}\n`);
} else {
  for (const p of proofs) console.log(safe(p.written ? `${p.file}: wrote its proof to ${proofPath(p.file)}` : `${p.file}: valid, no proof written: ${p.reason}`));
  if (total === 0) console.log(`${files.length} file(s) valid.`);
  else {
    const lines = problems.map((p) => safe(formatFileProblem(p)));
    for (const m of more) lines.push(safe(formatMoreProblems(m.file, m.more, m.listed)!));
    const bad = new Set(problems.map((p) => p.file)).size;
    process.stderr.write(`${lines.join("\n")}\n\n${total.toLocaleString("en-US")} problem(s) in ${bad} of ${files.length} file(s).\n`);
  }
}
process.exitCode = total === 0 ? 0 : unreadable && problems.every((p) => p.rule === "read") ? 2 : 1;
