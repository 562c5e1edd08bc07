import { copyFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

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
      "#!/usr/bin/env node",
      // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
      'import { createRequire as __briefingsCreateRequire } from "node:module";',
      "const require = __briefingsCreateRequire(import.meta.url);",
    ].join("\n"),
  },
});
