// Source patches the CLI's bundle applies to Ink and its ANSI tokenizer (see tsup.config.ts): each makes a frame
// cheaper to draw without changing a byte of it (the tests check this). Every patch checks that the code it replaces is there, so an
// upgrade that changes it fails the build instead of silently dropping the patch.

/** Thrown when a patched file no longer holds the code a patch replaces. */
function missing(patch: string, what: string, file: string): never {
  throw new Error(`${patch}: ${what} not found in ${file} (the dependency changed: update the patch)`);
}

/**
 * Ink's `output.js`: its caches (each line's styled characters and widths) are kept across frames instead of
 * starting empty in each (bounded: emptied past 4,096 entries each), and every empty cell is one shared blank.
 */
export function patchInkOutput(source: string, file: string): string {
  const name = "ink-output";
  const field = "caches = new OutputCaches();";
  if (!source.includes(field)) missing(name, `"${field}"`, file);
  const blank = /row\.push\(\{\s*type: 'char',\s*value: ' ',\s*fullWidth: false,\s*styles: \[\],\s*\}\);/;
  if (!blank.test(source)) missing(name, "the blank cell", file);
  const shared = [
    "let sharedOutputCaches;",
    "function outputCaches() {",
    "  const c = sharedOutputCaches;",
    "  if (c === undefined || c.styledChars.size > 4096 || c.widths.size > 4096 || c.blockWidths.size > 4096) sharedOutputCaches = new OutputCaches();",
    "  return sharedOutputCaches;",
    "}",
    // Cells are replaced, never changed, and their styles only read.
    "const BLANK_CELL = { type: 'char', value: ' ', fullWidth: false, styles: [] };",
  ].join("\n");
  const patched = source
    .replace(field, "caches = outputCaches();")
    .replace(blank, "row.push(BLANK_CELL);");
  return `${patched}\n${shared}\n`;
}

/**
 * `@alcalzone/ansi-tokenize`'s `styledChars.js`: `styledCharsToString` diffs the styles of every pair of
 * neighbouring cells (several Sets and arrays a cell, 3,000 cells a frame at 100x30); two neighbours with the same
 * codes in the same order have an empty diff, so it is skipped.
 */
export function patchStyledChars(source: string, file: string): string {
  const name = "ansi-tokenize-styled-chars";
  const diff = /else\s*\{\s*ret \+= ansiCodesToString\(diffAnsiCodes\(chars\[i - 1\]\.styles, char\.styles\)\);\s*\}/;
  if (!diff.test(source)) missing(name, "the diff of neighbouring cells", file);
  const same = [
    "function sameAnsiCodes(a, b) {",
    "  if (a === b) return true;",
    "  if (a.length !== b.length) return false;",
    "  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;",
    "  return true;",
    "}",
  ].join("\n");
  const patched = source.replace(
    diff,
    "else if (!sameAnsiCodes(chars[i - 1].styles, char.styles)) { ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles)); }",
  );
  return `${patched}\n${same}\n`;
}
