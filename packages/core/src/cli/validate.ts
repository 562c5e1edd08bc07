// briefings-validate <file|dir>...: validates dataset JSON files; prints every problem with its
// file, line and field path; exits 1 when any file has problems, 2 on a usage error.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatFileProblem, validateFileText, type FileProblem } from "../validate/files";

const HELP = `Usage: briefings-validate [options] <file|dir>...

Validates briefings dataset files (JSON) against the schemas and every cross-record rule.
A directory is searched for *.json files.

Options:
  --json       print the problems as JSON
  -h, --help   show this help
  --version    show the version

Exit status: 0 valid, 1 problems found, 2 usage or read error.`;

// A reader that closes the pipe early (`briefings-validate --json x | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

function fail(message: string): never {
  process.stderr.write(`briefings-validate: ${message}\nTry 'briefings-validate --help'.\n`);
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
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(path, e.name)) : e.name.endsWith(".json") ? [join(path, e.name)] : []));
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } },
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
for (const file of files) {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    const reason = error instanceof TypeError ? "not valid UTF-8 text" : (error as Error).message;
    problems.push({ file, position: { line: 1, column: 1 }, path: "", message: `cannot read: ${reason}`, rule: "read" });
    continue;
  }
  problems.push(...validateFileText(file, text));
}
if (args.values.json) {
  console.log(JSON.stringify({ files: files.length, valid: problems.length === 0, problems }, null, 2));
} else if (problems.length === 0) {
  console.log(`${files.length} file(s) valid.`);
} else {
  for (const p of problems) console.error(formatFileProblem(p));
  const bad = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} problem(s) in ${bad} of ${files.length} file(s).`);
}
process.exit(problems.length === 0 ? 0 : 1);
