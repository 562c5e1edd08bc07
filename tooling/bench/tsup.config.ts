import { defineConfig } from "tsup";

export default defineConfig({
  // The report logic (with declarations), the statistics and load helpers the benches import, and the command that
  // writes bench/REPORT.md.
  entry: { index: "src/index.ts", stats: "src/stats.ts", load: "src/load.ts", cli: "src/cli.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", stats: "src/stats.ts", load: "src/load.ts" } },
  clean: true,
  target: "node20",
});
