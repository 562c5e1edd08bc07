import { defineConfig } from "tsup";

export default defineConfig({
  // The report logic (with declarations) and the command that writes bench/REPORT.md.
  entry: { index: "src/index.ts", stats: "src/stats.ts", cli: "src/cli.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", stats: "src/stats.ts" } },
  clean: true,
  target: "node20",
});
