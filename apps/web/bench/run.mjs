// `pnpm --filter @briefings/web bench`: the build benchmark (bench/build.mjs, with a synthetic dataset),
// then the site's own build again (its downloads and pages from the curated data), then the bundle
// sizes and the report (scripts/bench.mjs). Arguments (`--quick`) go to both benchmarks.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const run = (script, args = []) => execFileSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: "inherit" });
const args = process.argv.slice(2);
run("./build.mjs", args);
run("../scripts/write-downloads.mjs");
// scripts/bench.mjs times a full `next build` of the curated site (unless --quick), which also puts
// the real site back in out/; in a quick run, rebuild it here.
if (args.includes("--quick")) {
  execFileSync(process.execPath, [fileURLToPath(new URL("../node_modules/next/dist/bin/next", import.meta.url)), "build"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  run("../scripts/strip-runtime.mjs");
}
run("../scripts/bench.mjs", args);
