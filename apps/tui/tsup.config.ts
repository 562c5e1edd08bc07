import { copyFile, mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";
import { patchInkOutput, patchStyledChars } from "./build/ink-frame-patches";

// Every `string-width` import goes to a wrapper that loads string-width on first need (see the file).
const LAZY_STRING_WIDTH = fileURLToPath(new URL("./src/lib/string-width-lazy.ts", import.meta.url));

/** The curated dataset's file in dist/, beside the chunks (every chunk is in dist/ itself). */
const CURATED_FILE = "curated-dataset.json";

export default defineConfig({
  // One self-contained file: ink, react and @briefings/core are bundled in, so start-up reads a single module.
  entry: { cli: "src/cli.tsx" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  clean: true,
  minify: true,
  // Chunks: the browser UI and the ingest command load only when used.
  splitting: true,
  sourcemap: false,
  noExternal: [/.*/],
  // Ink imports react-devtools-core only when DEV=true; it is not installed: bundle an empty module instead.
  esbuildPlugins: [
    {
      name: "empty-react-devtools-core",
      setup(build) {
        build.onResolve({ filter: /^react-devtools-core$/ }, (args) => ({ path: args.path, namespace: "empty-module" }));
        build.onLoad({ filter: /.*/, namespace: "empty-module" }, () => ({ contents: "export default { initialize() {}, connectToDevTools() {} };", loader: "js" }));
      },
    },
    {
      // The curated dataset (core's generated JSON, 1.4 MB) is not compiled into the bundle as an object
      // literal: it is copied beside it and read with JSON.parse when the module loads, which costs about
      // half as much CPU (node, 6 runs interleaved, load 15: +110 ms vs +212 ms over a bare node).
      name: "curated-dataset-file",
      setup(build) {
        build.onLoad({ filter: /[\\/]generated[\\/]dataset\.json$/ }, async (args) => {
          const outdir = build.initialOptions.outdir ?? "dist";
          await mkdir(outdir, { recursive: true });
          await copyFile(args.path, `${outdir}/${CURATED_FILE}`);
          return {
            contents: `import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync(new URL("./${CURATED_FILE}", import.meta.url), "utf8"));\n`,
            loader: "js",
          };
        });
      },
    },
    {
      // The curated list's rows (newest first: what the browser's first frame shows) are computed here, at
      // build time, by running src/curated-rows.ts itself (bundled on its own, from core's sources), and the
      // module is replaced by its result. The CLI's start then imports neither the dataset (1.4 MB of JSON
      // read and parsed) nor core's index: esbuild puts a file in the start's chunks when any import reaches
      // it, even through a re-export nothing there uses, and the index re-exports the dataset.
      name: "curated-rows-at-build-time",
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]curated-rows\.ts$/ }, async (args) => {
          const bundled = await build.esbuild.build({
            entryPoints: [args.path],
            bundle: true,
            write: false,
            platform: "node",
            format: "esm",
            conditions: ["source", "import", "module", "default"],
            logLevel: "silent",
          });
          const code = bundled.outputFiles[0]!.text;
          const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { curatedRows: () => unknown };
          const rows = JSON.stringify(module.curatedRows());
          return {
            contents: `export function curatedRows() { return ROWS; }\nconst ROWS = JSON.parse(${JSON.stringify(rows)});\n`,
            loader: "js",
          };
        });
      },
    },
    {
      // Ink asks terminal-size for the size only when stdout has none (a pipe); it then runs `tput` through
      // child_process, which loads on every start (about 15 ms CPU at load 16). The browser only runs in a
      // terminal: the size comes from stdout, else the environment, else 80x24, and child_process stays unloaded.
      name: "terminal-size-without-child-process",
      setup(build) {
        build.onResolve({ filter: /^terminal-size$/ }, (args) => ({ path: args.path, namespace: "terminal-size" }));
        build.onLoad({ filter: /.*/, namespace: "terminal-size" }, () => ({
          contents:
            "export default function terminalSize() { const n = (v) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : undefined); " +
            "return { columns: n(process.stdout.columns) ?? n(process.env.COLUMNS) ?? 80, rows: n(process.stdout.rows) ?? n(process.env.LINES) ?? 24 }; }",
          loader: "js",
        }));
      },
    },
    {
      // Ink lays every frame out into a fresh Output whose caches (each line's styled characters, widths)
      // start empty, so a key that changes two rows tokenizes all thirty lines again: at 10,000 briefings
      // that was about half of Ink's frame work (CPU profile of j/k). The caches are kept from frame to
      // frame instead (bounded: emptied past 4,096 entries each). Cached values are only read by Output.
      // CPU per j/k at 10,000 briefings (all threads, 60 presses, load 12-16): 27.2 ms before, 13.8 ms after.
      // Neighbouring cells of the same style are not diffed when a frame becomes a string (build/ink-frame-patches.ts).
      name: "ink-frame-patches",
      setup(build) {
        build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => ({
          contents: patchInkOutput(await readFile(args.path, "utf8"), args.path),
          loader: "js",
          resolveDir: dirname(args.path),
        }));
        build.onLoad({ filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/ }, async (args) => ({
          contents: patchStyledChars(await readFile(args.path, "utf8"), args.path),
          loader: "js",
          resolveDir: dirname(args.path),
        }));
      },
    },
    {
      name: "lazy-string-width",
      setup(build) {
        // The wrapper's own import resolves as usual (to string-width 8, this package's dependency).
        build.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === LAZY_STRING_WIDTH ? undefined : { path: LAZY_STRING_WIDTH }));
      },
    },
  ],
  // Bundle @briefings/core from its TypeScript sources (its "source" export), so the binary always
  // carries the current data, whether or not core's dist is up to date.
  esbuildOptions(options) {
    options.conditions = ["source", "import", "module", "default"];
  },
  define: { "process.env.NODE_ENV": '"production"' },
  banner: {
    js: [
      // A larger young generation (64 MB semi-spaces, V8's default is 16 to 32): browsing 10,000 briefings keeps
      // about 350 MB live, and its scavenges then took 5 to 12 ms, the tail of the keypress latency (bench: j/k p95
      // 16.6 ms before, see bench/REPORT.md). V8 sizes new space only at start, so the flag is in the shebang.
      "#!/usr/bin/env -S node --max-semi-space-size=64",
      // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
      'import { createRequire as __briefingsCreateRequire } from "node:module";',
      "const require = __briefingsCreateRequire(import.meta.url);",
    ].join("\n"),
  },
});
