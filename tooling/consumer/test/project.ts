// A fresh npm project outside the workspace, as a user makes one: its own folder under the system's
// temporary directory (no node_modules above it), an empty HOME (no user config), npm only (no pnpm),
// the registry for the dependencies. npm's download cache lives outside HOME so that runs do not fetch
// the same dependencies again; it holds registry tarballs only, checked against their integrity.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** This package's folder. */
export const HERE = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The result of a command. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A scratch project: its folder, the empty HOME, and how to run commands there. */
export interface Project {
  /** The project's folder. */
  dir: string;
  /** The empty home folder commands run with. */
  home: string;
  /** Runs a program in the project with the clean environment. */
  run(command: string, args: readonly string[], options?: { timeout?: number }): Run;
  /** Runs a program and throws, with its output, unless it exits 0. */
  must(command: string, args: readonly string[], options?: { timeout?: number }): Run;
  /** Removes the project. */
  remove(): void;
}

const PASS_THROUGH = ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "no_proxy", "NO_PROXY"];

/** Makes an empty project folder with an empty HOME under the system's temporary directory. */
export function createProject(): Project {
  const root = mkdtempSync(join(tmpdir(), "briefings-consumer-"));
  const dir = join(root, "my-analysis");
  const home = join(root, "home");
  const tmp = join(root, "tmp");
  for (const d of [dir, home, tmp]) mkdirSync(d);
  const env: NodeJS.ProcessEnv = {
    PATH: [dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(":"),
    HOME: home,
    TMPDIR: tmp,
    LANG: "C.UTF-8",
    npm_config_cache: join(HERE, "node_modules", ".cache", "npm"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    npm_config_loglevel: "error",
  };
  for (const name of PASS_THROUGH) if (process.env[name] !== undefined) env[name] = process.env[name];
  const run = (command: string, args: readonly string[], options: { timeout?: number } = {}): Run => {
    const r = spawnSync(command, args, { cwd: dir, env, encoding: "utf8", timeout: options.timeout ?? 120_000, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw new Error(`${command} ${args.join(" ")}: ${r.error.message}`, { cause: r.error });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return {
    dir,
    home,
    run,
    must(command, args, options) {
      const r = run(command, args, options);
      if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
      return r;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A package of the workspace: its folder and manifest. */
export interface WorkspacePackage {
  dir: string;
  manifest: { name: string; version: string; exports: Record<string, unknown>; files: string[] };
  /** Its current tarball, packed by its `pack` task (`pnpm pack` into release/). */
  tarball: string;
}

/** A library package of the workspace by folder (`packages/core`), with its tarball; throws saying how to pack it when missing. */
export function workspacePackage(folder: string): WorkspacePackage {
  const dir = join(REPO, folder);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as WorkspacePackage["manifest"];
  const tarball = join(dir, "release", `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`);
  try {
    readFileSync(tarball);
  } catch {
    throw new Error(`${manifest.name}: no tarball at ${tarball}: run \`npx --yes pnpm@10.34.9 turbo run pack --filter=${manifest.name}\``);
  }
  return { dir, manifest, tarball };
}
