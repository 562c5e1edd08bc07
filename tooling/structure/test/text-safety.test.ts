// No package but core defines control-character or folding expressions (issue 14: text safety was written five
// ways, folding six). Every regular expression in the code of the other packages is read for the characters core's
// `@briefings/core/text` owns (C0/C1 controls, ESC, bidi controls, zero-width characters, line separators, lone
// surrogates), and every file for accent folding (NFD/NFKD and dropped marks). The few that are something else
// are listed below, each with why. Tests are not read (their oracles are independent on purpose).
import { describe, expect, it } from "vitest";
import { codeFiles, PACKAGES, read, withoutComments } from "./workspace";

/** Escapes (in a regular expression's source) of the characters core's text module owns. */
const CONTROL_ESCAPE =
  /\\(?:x[01][0-9a-f]|x7f|x[89][0-9a-f]|u00[01][0-9a-f]|u007f|u00[89][0-9a-f]|u061c|u180e|u200[b-f]|u202[89a-e]|u206[0-9]|ufeff|u[d][89a-f][0-9a-f]{2}|u\{[0-9a-f]{1,2}\}|p\{(?:C|Cc|Cf|Cs|Co|Cn|Other|Control|Format|Default_Ignorable_Code_Point|Bidi_Control)\})/i;
/** The whole ASCII range (`[^\x00-\x7f]`: "any non-ASCII character"), which is not about controls. */
const ASCII_RANGE = /\\(?:x00|u0000)-\\(?:x7f|u007f)/gi;
/** Folding: decomposition then dropped marks. */
const FOLDING = /normalize\(\s*["'`]NFK?D["'`]\s*\)|\\p\{(?:M|Mn|Mark|Nonspacing_Mark|Diacritic)\}\+?\/[a-z]*\s*,\s*["'`]{2}|\\u0300-\\u036f/i;

/** Regular expressions in code: literals (`/…/flags`) and the arguments of `new RegExp(…)` / `RegExp(…)`. */
function expressions(text: string): { source: string; line: number }[] {
  const out: { source: string; line: number }[] = [];
  const lines = withoutComments(text).split("\n");
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/(?:^|[(=,:[!&|?{};]|return|\s)\s*\/((?:[^/\n\\[]|\\.|\[(?:[^\]\n\\]|\\.)*\])+)\/[dgimsuyv]*/g)) out.push({ source: m[1]!, line: i + 1 });
    if (/\bRegExp\(/.test(line)) out.push({ source: line, line: i + 1 });
  });
  return out;
}

/**
 * Tests are not read: a test's oracle (what must never reach a terminal) is defined apart from core's on purpose,
 * so that a mistake in core's definition cannot hide itself.
 */
const TEST = /\.test\.tsx?$|\/(?:test|e2e)\//;

/** What is allowed outside core, and why. Keyed by file; each entry must still be needed (checked below). */
const ALLOWED: Record<string, string> = {
  "apps/tui/src/lib/string-width-lazy.ts": "Ink's own colour codes (SGR) are skipped when measuring a styled line's width: output the UI writes, not input",
  "packages/ingest/src/input/decode.ts": "the byte-order mark at the start of a decoded file is dropped: decoding, not text safety",
};

function findings(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pkg of PACKAGES) {
    if (pkg.name === "@briefings/core" || pkg.name === "@briefings/structure") continue;
    for (const file of codeFiles(pkg).filter((f) => !TEST.test(f))) {
      const text = read(file);
      const found: string[] = [];
      for (const { source, line } of expressions(text)) if (CONTROL_ESCAPE.test(source.replace(ASCII_RANGE, ""))) found.push(`${line}: ${source.trim().slice(0, 80)}`);
      withoutComments(text)
        .split("\n")
        .forEach((line, i) => {
          if (FOLDING.test(line)) found.push(`${i + 1}: ${line.trim().slice(0, 80)}`);
        });
      if (found.length > 0) out.set(file, found);
    }
  }
  return out;
}

describe("no package but core defines control-character or folding expressions", () => {
  const found = findings();

  it("outside core, only the listed exceptions", () => {
    const unexpected = [...found].filter(([file]) => !(file in ALLOWED)).map(([file, where]) => `${file}:${where.join(" | ")}`);
    expect(unexpected).toEqual([]);
  });

  it("every listed exception is still needed", () => {
    expect(Object.keys(ALLOWED).filter((file) => !found.has(file))).toEqual([]);
  });
});

describe("the scan itself", () => {
  it("sees control characters in literals and in RegExp sources, and folding", () => {
    const seen = (code: string) => expressions(code).some(({ source }) => CONTROL_ESCAPE.test(source.replace(ASCII_RANGE, "")));
    expect(seen("const a = /[\\u0000-\\u001f]/g;")).toBe(true);
    expect(seen('const b = text.replace(/\\x1b\\[[0-9;]*m/g, "");')).toBe(true);
    expect(seen("const c = new RegExp(`[\\\\u200B\\\\uFEFF]`);")).toBe(true);
    expect(seen("if (/[\\u202A-\\u202E]/u.test(s)) return;")).toBe(true);
    expect(seen("const d = /\\p{Cc}/u;")).toBe(true);
    expect(seen("const e = /[^\\x00-\\x7f]/u;")).toBe(false);
    expect(seen('out.write("\\x1b[2J");')).toBe(false);
    expect(seen("const f = a / b / c;")).toBe(false);
    expect(FOLDING.test('s.normalize("NFKD").replace(/\\p{M}+/gu, "")')).toBe(true);
    expect(FOLDING.test('s.normalize("NFC")')).toBe(false);
  });
});
