import { readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patchInkOutput, patchStyledChars } from "./ink-frame-patches";

// Ink's own directory: its dependencies resolve from there as they do when the CLI is bundled.
const INK = realpathSync(join(dirname(fileURLToPath(import.meta.url)), "../node_modules/ink"));
const OUTPUT_JS = join(INK, "build/output.js");

interface StyledChar {
  type: "char";
  value: string;
  fullWidth: boolean;
  styles: { code: string; endCode: string }[];
}
interface Ansi {
  tokenize(text: string): unknown[];
  styledCharsFromTokens(tokens: unknown[]): StyledChar[];
  styledCharsToString(chars: StyledChar[]): string;
}

/** The ANSI helpers Ink uses, bundled from Ink's directory, with or without the tokenizer's patch. */
async function ansiHelpers(patched: boolean): Promise<Ansi> {
  const plugin: esbuild.Plugin = {
    name: "patch",
    setup(build) {
      build.onLoad({ filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/ }, (args) => ({
        contents: patchStyledChars(readFileSync(args.path, "utf8"), args.path),
        loader: "js",
        resolveDir: dirname(args.path),
      }));
    },
  };
  const result = await esbuild.build({
    stdin: {
      contents: [
        'export { styledCharsFromTokens, styledCharsToString, tokenize } from "@alcalzone/ansi-tokenize";',
      ].join("\n"),
      resolveDir: INK,
      loader: "js",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    plugins: patched ? [plugin] : [],
    logLevel: "silent",
  });
  return (await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString("base64")}`)) as Ansi;
}

const [original, patched] = await Promise.all([ansiHelpers(false), ansiHelpers(true)]);

// Styled text as the UI's frames hold it: words, wide and combining characters, colours, bold, dim, resets.
const SGR = ["\x1b[1m", "\x1b[22m", "\x1b[2m", "\x1b[31m", "\x1b[39m", "\x1b[42m", "\x1b[49m", "\x1b[0m", "\x1b[4m", "\x1b[24m", "\x1b[7m", "\x1b[27m", "\x1b[38;5;123m"];
const styledLine = fc
  .array(fc.oneof(fc.constantFrom(...SGR), fc.constantFrom("a", "Zb", " ", "é", "e\u0301", "漢字", "👍", "–", "x y")), { maxLength: 24 })
  .map((parts) => parts.join(""));

describe("patchStyledChars", () => {
  it("draws every row of cells exactly as the unpatched tokenizer does", () => {
    const blank: StyledChar = { type: "char", value: " ", fullWidth: false, styles: [] };
    fc.assert(
      fc.property(fc.array(fc.oneof(styledLine, fc.constant(null)), { maxLength: 6 }), (pieces) => {
        // A row is cells from several writes and blank cells, as Ink's Output puts it together.
        const row = pieces.flatMap((p) => (p === null ? [blank, blank] : original.styledCharsFromTokens(original.tokenize(p))));
        expect(patched.styledCharsToString(row)).toBe(original.styledCharsToString(row));
      }),
      { numRuns: 2000 },
    );
  });

  it("fails the build when the diff it skips is no longer there", () => {
    expect(() => patchStyledChars("export function styledCharsToString() {}", "styledChars.js")).toThrow(/ansi-tokenize-styled-chars: the diff of neighbouring cells not found in styledChars\.js/);
  });
});

describe("patchInkOutput", () => {
  it("patches Ink's output.js: caches shared across frames, one blank cell", () => {
    const source = readFileSync(OUTPUT_JS, "utf8");
    const out = patchInkOutput(source, OUTPUT_JS);
    expect(out).toContain("caches = outputCaches();");
    expect(out).toContain("row.push(BLANK_CELL);");
    expect(out).not.toContain("caches = new OutputCaches();");
  });

  it("fails the build when Ink's code it patches changed", () => {
    const source = readFileSync(OUTPUT_JS, "utf8");
    expect(() => patchInkOutput(source.replace("row.push({", "row.unshift({"), "output.js")).toThrow(/ink-output: the blank cell not found in output\.js/);
    expect(() => patchInkOutput(source.replace("caches = new OutputCaches();", ""), "output.js")).toThrow(/"caches = new OutputCaches\(\);" not found/);
  });
});
