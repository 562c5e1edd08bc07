import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM with declarations.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    clean: true,
    target: "node20",
    external: ["better-sqlite3", "@duckdb/node-api"],
  },
  {
    // The command: ESM with a shebang.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    external: ["better-sqlite3", "@duckdb/node-api"],
    banner: { js: "#!/usr/bin/env node" },
  },
  {
    // The thread that writes some formats of an export (see src/format-thread.ts): found beside the library.
    entry: { "format-worker": "src/format-worker.ts" },
    format: ["esm"],
    target: "node20",
    external: ["better-sqlite3", "@duckdb/node-api"],
  },
]);
