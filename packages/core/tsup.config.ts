import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CommonJS, with declarations for both.
    entry: { index: "src/index.ts", schemas: "src/schemas/index.ts", validate: "src/validate/index.ts", search: "src/search.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    sourcemap: false,
    treeshake: true,
  },
  {
    // The commands: ESM only, with a shebang.
    entry: { "cli/validate": "src/cli/validate.ts", "cli/summary": "src/cli/summary.ts" },
    format: ["esm"],
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
