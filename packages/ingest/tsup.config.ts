import { defineConfig } from "tsup";

export default defineConfig([
  // The library: ESM with declarations. @briefings/core and iconv-lite stay dependencies.
  { entry: { index: "src/index.ts" }, format: ["esm"], dts: true, clean: true, target: "node20" },
  // The command: ESM with the shebang of src/cli.ts.
  { entry: { cli: "src/cli.ts" }, format: ["esm"], target: "node20" },
]);
