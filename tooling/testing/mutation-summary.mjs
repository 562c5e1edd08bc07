// The summary of mutation runs in bench/MUTATION.md (`pnpm mutation`, scripts/mutation.mjs): a section per package,
// between two markers, rewritten from each package's Stryker report. A package with no new report keeps the section it
// had, so a run of one package never erases another's figures.

/** The markers around the summary in bench/MUTATION.md. */
export const START = "<!-- mutation-summary:start (written by scripts/mutation.mjs) -->";
export const END = "<!-- mutation-summary:end -->";

/**
 * Counts of a set of mutants as Stryker counts them; the score is detected / (detected + undetected), ignored mutants
 * and errors left out (null when no mutant counts).
 * @param {readonly { status: string }[]} mutants
 */
export function tally(mutants) {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0, score: /** @type {number | null} */ (null) };
  for (const m of mutants) {
    if (m.status === "Killed") t.killed++;
    else if (m.status === "Timeout") t.timeout++;
    else if (m.status === "Survived") t.survived++;
    else if (m.status === "NoCoverage") t.noCoverage++;
    else if (m.status === "Ignored") t.ignored++;
    else t.errors++;
  }
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  t.score = valid === 0 ? null : (100 * (t.killed + t.timeout)) / valid;
  return t;
}

/** A score as the summary writes it. @param {number | null} score */
export const percent = (score) => (score === null ? "n/a" : `${score.toFixed(1)}%`);

/**
 * The section of one package, from its Stryker JSON report (`{ files: { [path]: { mutants } } }`).
 * @param {string} pkg the package's folder, e.g. "packages/core"
 * @param {{ files: Record<string, { mutants: readonly { status: string }[] }> }} report
 * @param {string} [note] what the run covered, written after the heading
 */
export function packageSection(pkg, report, note) {
  const rows = Object.entries(report.files)
    .map(([file, f]) => /** @type {const} */ ([file, tally(f.mutants)]))
    .sort(([a], [b]) => a.localeCompare(b));
  const all = tally(Object.values(report.files).flatMap((f) => f.mutants));
  return [
    `### ${pkg}: ${percent(all.score)} (${all.killed + all.timeout} of ${all.killed + all.timeout + all.survived + all.noCoverage} detected)`,
    "",
    ...(note ? [note, ""] : []),
    "| file | score | killed | timeout | survived | no coverage | ignored |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(([file, t]) => `| ${file} | ${percent(t.score)} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.ignored} |`),
    "",
  ].join("\n");
}

/**
 * The package sections of the summary in `document`, by package folder (the heading "### <folder>…" opens each).
 * @param {string} document
 * @returns {Map<string, string>}
 */
export function summarySections(document) {
  const at = document.indexOf(START);
  const end = document.indexOf(END);
  const sections = new Map();
  if (at < 0 || end < at) return sections;
  const body = document.slice(at + START.length, end);
  for (const part of body.split(/^(?=### )/mu)) {
    const pkg = /^### (\S+?)(?::|\s|$)/u.exec(part)?.[1];
    if (pkg !== undefined) sections.set(pkg, part.endsWith("\n") ? part : `${part}\n`);
  }
  return sections;
}

/**
 * `document` with its summary rewritten: each package in `packages` gets its section from `fresh` when it has one,
 * else keeps its previous section; a package in neither has none. The text around the markers is kept; markers are
 * added at the end when missing.
 * @param {string} document
 * @param {readonly string[]} packages the packages in the order the summary lists them
 * @param {ReadonlyMap<string, string>} fresh sections made from new reports
 */
export function rewriteSummary(document, packages, fresh) {
  const previous = summarySections(document);
  const sections = packages.map((p) => fresh.get(p) ?? previous.get(p)).filter((s) => s !== undefined);
  const block = `${START}\n${sections.join("")}${END}`;
  const at = document.indexOf(START);
  const end = document.indexOf(END);
  return at >= 0 && end > at ? document.slice(0, at) + block + document.slice(end + END.length) : `${document.trimEnd()}\n\n${block}\n`;
}
