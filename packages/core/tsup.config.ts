import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CommonJS, with declarations for both.
    entry: { index: "src/index.ts", schemas: "src/schemas/index.ts", validate: "src/validate/index.ts", search: "src/search.ts", text: "src/text/index.ts", trust: "src/trust.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    sourcemap: false,
    // No rollup tree-shaking pass: it would rewrite `with { type: "json" }` to the deprecated `assert`;
    // and Node 20.19 (the oldest supported) has import attributes, which esbuild's "node20" target omits.
    esbuildOptions(options) {
      options.supported = { ...options.supported, "import-attributes": true };
    },
    // The data stays a JSON file beside the code, read by the runtime's JSON loader (as fast as JSON.parse).
    external: ["./generated/dataset.json"],
    onSuccess: "mkdir -p dist/generated && cp src/generated/dataset.json dist/generated/dataset.json",
  },
  {
    // The commands: ESM only, with a shebang.
    entry: { "cli/validate": "src/cli/validate.ts", "cli/summary": "src/cli/summary.ts" },
    format: ["esm"],
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
