// Running the built binary (dist/cli.js), as a user does.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of the built CLI. */
export const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** Fails clearly when the package was not built (turbo builds it before the tests). */
export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm --filter @briefings/tui build)`);
}

/** Runs the CLI without a terminal and returns what it printed and its exit status. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, BRIEFINGS_DATASET: undefined, ...env },
    timeout: 20_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
