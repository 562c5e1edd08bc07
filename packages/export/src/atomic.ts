// Atomic, crash-safe output: every export is written into a fresh temporary folder next to the target
// (same file system), marked as an export, then swapped into place. `--force` only ever replaces a
// folder that carries the marker, never the current folder, one of its parents, the home folder or the
// root; a run killed at any moment leaves the previous export in place or recoverable by the next run.
import { randomBytes } from "node:crypto";
import { realpathSync, renameSync, rmSync } from "node:fs";
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, join, parse, resolve, sep } from "node:path";

/** Name of the marker file every export folder holds: what `--force` looks for before replacing a folder. */
export const EXPORT_MARKER = ".briefings-export.json";

/** Content of the marker file (no date or version: two exports of the same data stay byte-identical). */
export const EXPORT_MARKER_CONTENT = `${JSON.stringify({
  generator: "@briefings/export",
  note: "This folder was written by briefings-export. `briefings-export --force` replaces only folders holding this file.",
})}\n`;

/** Why an output folder cannot be used. */
export class OutputError extends Error {
  override name = "OutputError";
}

/** What is at the output path now. */
export type OutputState = "missing" | "empty" | "non-empty";

/** An output being written now: what a signal handler must clean up, and whether the swap happened. */
export interface ActiveOutput {
  /** The (real) output folder. */
  target: string;
  /** The temporary folder being written (gone once swapped in). */
  temp: string;
  /** The previous export, renamed away, to delete once the new one is in place. */
  old?: string;
  /** `writing`: the target is untouched; `swapped`: the new export is in place. */
  phase: "writing" | "swapped";
}

/** Outputs being written now, so a signal handler can clean up truthfully before the process exits. */
export const activeOutputs = new Set<ActiveOutput>();

/**
 * Cleans up every output being written (synchronously, for a signal handler) and says what state the
 * output folders are in: `unchanged` (the previous content is in place) or `replaced` (the new export is).
 */
export function abandonActiveOutputs(): { target: string; state: "unchanged" | "replaced" }[] {
  const report: { target: string; state: "unchanged" | "replaced" }[] = [];
  for (const active of activeOutputs) {
    rmSync(active.temp, { recursive: true, force: true });
    if (active.phase === "swapped" && active.old !== undefined) rmSync(active.old, { recursive: true, force: true });
    report.push({ target: active.target, state: active.phase === "swapped" ? "replaced" : "unchanged" });
  }
  activeOutputs.clear();
  return report;
}

/** Does `dir` hold the marker of an export (a regular file with the export's content)? */
export async function isExportFolder(dir: string): Promise<boolean> {
  const marker = join(dir, EXPORT_MARKER);
  try {
    if (!(await lstat(marker)).isFile()) return false;
    const content = JSON.parse(await readFile(marker, "utf8")) as { generator?: unknown };
    return content.generator === "@briefings/export";
  } catch {
    return false;
  }
}

/** The real path of `path` (symlinks resolved); for a missing path, its real parent joined with its name. */
async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    const parent = dirname(path);
    return parent === path ? path : join(await realOrResolved(parent), basename(path));
  }
}

/**
 * Where an export to `out` really goes. A symbolic link is followed: its target folder is replaced and
 * the link kept (a link is how deployments point at their data; replacing the link by a folder would
 * leave the target holding a stale export). A link to a missing folder is refused.
 */
export async function resolveOutput(out: string): Promise<string> {
  const absolute = resolve(out);
  let link;
  try {
    link = await lstat(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return realOrResolved(absolute);
    throw error;
  }
  if (!link.isSymbolicLink()) return realOrResolved(absolute);
  try {
    return await realpath(absolute);
  } catch {
    throw new OutputError(`${out} is a symbolic link to a folder that does not exist: create the folder, or give its path instead`);
  }
}

/** Where the output must never go, whatever the options: the root, the home folder and its parents, the current folder and its parents. */
export function assertSafeLocation(target: string, where: { cwd: string; home?: string | undefined }): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
  if (parse(target).root === target) throw new OutputError(`${target} is the root folder: refusing to write an export there`);
  const cwd = real(where.cwd);
  if (cwd === target) throw new OutputError(`${target} is the current folder: refusing to replace it; give a new or empty folder inside it, e.g. --out ./export`);
  if (within(cwd, target)) throw new OutputError(`${target} contains the current folder: refusing to replace it`);
  if (where.home) {
    const home = real(where.home);
    if (home === target) throw new OutputError(`${target} is the home folder: refusing to replace it`);
    if (within(home, target)) throw new OutputError(`${target} contains the home folder: refusing to replace it`);
  }
}

/** Inspects the output path: missing, an empty folder, or a non-empty one; anything else there is an error. */
export async function outputState(out: string): Promise<OutputState> {
  let info;
  try {
    info = await stat(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  if (!info.isDirectory()) throw new OutputError(`${out} exists and is not a folder`);
  return (await readdir(out)).length === 0 ? "empty" : "non-empty";
}

/**
 * Checks that `out` may be written: a non-empty folder is refused unless `force`, and even with `force`
 * unless it holds the export marker (a folder the export did not write is never replaced).
 */
export async function assertWritable(out: string, force: boolean): Promise<OutputState> {
  const state = await outputState(out);
  if (state !== "non-empty") return state;
  if (!force) throw new OutputError(`${out} is not empty: choose an empty or new folder, or pass --force to replace a previous export`);
  if (!(await isExportFolder(out))) {
    throw new OutputError(
      `${out} is not an export (it has no ${EXPORT_MARKER} marker): --force replaces only a folder that briefings-export wrote; choose another folder, or empty this one yourself`,
    );
  }
  return state;
}

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Finishes what killed runs left next to `target`: a previous export stranded as `.<name>.old-*` while
 * the target is missing is put back; leftover `.<name>.tmp-*` folders and stale `.old-*` exports are
 * removed. Folders of a run still alive (its pid is in the name) are left alone. Returns what was done.
 */
export async function recoverInterrupted(target: string): Promise<string[]> {
  const parent = dirname(target);
  const name = basename(target);
  const leftover = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(?:(\\d{1,10})-)?[A-Za-z0-9]{1,32}$`);
  let entries;
  try {
    entries = await readdir(parent, { withFileTypes: true });
  } catch {
    return [];
  }
  const done: string[] = [];
  const olds: { path: string; mtime: number }[] = [];
  for (const entry of entries) {
    const m = leftover.exec(entry.name);
    if (!m || !entry.isDirectory()) continue;
    if (m[2] !== undefined && isAlive(Number(m[2]))) continue;
    const path = join(parent, entry.name);
    if (m[1] === "tmp") {
      await rm(path, { recursive: true, force: true });
      done.push(`removed ${entry.name}, left by an interrupted run`);
    } else olds.push({ path, mtime: (await stat(path)).mtimeMs });
  }
  olds.sort((a, b) => b.mtime - a.mtime);
  if (olds.length > 0 && (await outputState(target).catch(() => "other")) === "missing") {
    const newest = olds.shift()!;
    await rename(newest.path, target);
    done.push(`restored ${name} from ${basename(newest.path)}, left by a run interrupted while replacing it`);
  }
  for (const old of olds) {
    // A previous export renamed away by a run that completed its swap: delete it only if it is an export.
    if (await isExportFolder(old.path)) {
      await rm(old.path, { recursive: true, force: true });
      done.push(`removed ${basename(old.path)}, a previous export left by an interrupted run`);
    }
  }
  return done;
}

/** A synchronous pause (test hook): signal handlers cannot run during it, just as during the real swap. */
function testPause(): void {
  const ms = Number(process.env.BRIEFINGS_EXPORT_TEST_SWAP_PAUSE_MS ?? "0");
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The swap, synchronous: no event-loop turn (so no signal handler) runs between taking the previous
 * export away and putting the new one in. Only SIGKILL can fall between the two renames, and the next
 * run then restores the previous export (`recoverInterrupted`).
 */
function swapIn(active: ActiveOutput, replace: boolean): void {
  const { target, temp } = active;
  if (!replace) renameSync(temp, target);
  else {
    const old = join(dirname(target), `.${basename(target)}.old-${process.pid}-${randomBytes(6).toString("hex")}`);
    renameSync(target, old);
    active.old = old;
    testPause();
    try {
      renameSync(temp, target);
    } catch (error) {
      renameSync(old, target);
      delete active.old;
      throw error;
    }
  }
  active.phase = "swapped";
}

/** Options of `writeAtomically`. */
export interface AtomicOptions {
  /** Told what was recovered from interrupted runs. */
  log?: (message: string) => void;
  /** Folders never to replace (defaults: the process's current folder and `HOME`). */
  cwd?: string;
  home?: string | undefined;
}

/**
 * Runs `write` on a new temporary folder next to `out`, marks it as an export, then puts it in place
 * of `out`. Refused before anything is written: the root, home or current folder (or a parent of
 * them), a non-empty `out` without `force`, and, even with `force`, a folder without the export marker.
 * If `write` throws, the temporary folder is removed and `out` is left as it was.
 */
export async function writeAtomically<T>(out: string, force: boolean, write: (dir: string) => Promise<T>, options: AtomicOptions = {}): Promise<T> {
  const target = await resolveOutput(out);
  assertSafeLocation(target, { cwd: options.cwd ?? process.cwd(), home: "home" in options ? options.home : (process.env.HOME ?? homedir()) });
  for (const note of await recoverInterrupted(target)) options.log?.(note);
  await assertWritable(target, force);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const active: ActiveOutput = { target, temp: await mkdtemp(join(parent, `.${basename(target)}.tmp-${process.pid}-`)), phase: "writing" };
  activeOutputs.add(active);
  let result: T;
  try {
    // mkdtemp makes the folder private (0700); the output is for publishing, so give it the usual mode.
    await chmod(active.temp, 0o755);
    result = await write(active.temp);
    await writeFile(join(active.temp, EXPORT_MARKER), EXPORT_MARKER_CONTENT);
    // Checked again: another process may have filled the folder meanwhile.
    const state = await assertWritable(target, force);
    if (state === "empty") await rmdir(target);
    swapIn(active, state === "non-empty");
    if (active.old !== undefined) await rm(active.old, { recursive: true, force: true });
  } catch (error) {
    if (active.phase === "writing") await rm(active.temp, { recursive: true, force: true });
    throw error;
  } finally {
    activeOutputs.delete(active);
  }
  return result;
}
