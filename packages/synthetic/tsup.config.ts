import { defineConfig } from "tsup";

export default defineConfig({
  // The library (with declarations) and the command (its shebang is in src/cli.ts).
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  target: "node20",
});
