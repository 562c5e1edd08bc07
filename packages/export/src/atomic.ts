// Atomic output: every export is written into a fresh temporary folder next to the target (same file
// system), then renamed into place. A failure or a kill midway leaves the previous output untouched.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** Temporary folders being written now, so a signal handler can remove them before the process exits. */
export const activeTempDirs = new Set<string>();

/** Why an output folder cannot be used. */
export class OutputError extends Error {
  override name = "OutputError";
}

/** What is at the output path now. */
export type OutputState = "missing" | "empty" | "non-empty";

/** Inspects the output path: missing, an empty folder, or a non-empty one; a file there is an error. */
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

/** Checks that `out` may be written: refuses a non-empty folder unless `force`. */
export async function assertWritable(out: string, force: boolean): Promise<OutputState> {
  const state = await outputState(out);
  if (state === "non-empty" && !force) {
    throw new OutputError(`${out} is not empty: choose an empty or new folder, or pass --force to replace it`);
  }
  return state;
}

/**
 * Runs `write` on a new temporary folder next to `out`, then puts the folder in place of `out`.
 * Without `force`, a non-empty `out` is refused before anything is written. With `force`, the old
 * folder is renamed away, the new one renamed in, and only then the old one deleted. If `write` throws,
 * the temporary folder is removed and `out` is left as it was.
 */
export async function writeAtomically<T>(out: string, force: boolean, write: (dir: string) => Promise<T>): Promise<T> {
  const target = resolve(out);
  await assertWritable(target, force);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
  activeTempDirs.add(temp);
  let result: T;
  try {
    // mkdtemp makes the folder private (0700); the output is for publishing, so give it the usual mode.
    await chmod(temp, 0o755);
    result = await write(temp);
    // Checked again: another process may have filled the folder meanwhile.
    const state = await assertWritable(target, force);
    if (state === "missing") await rename(temp, target);
    else if (state === "empty") {
      await rmdir(target);
      await rename(temp, target);
    } else {
      const old = join(parent, `.${basename(target)}.old-${randomBytes(6).toString("hex")}`);
      await rename(target, old);
      try {
        await rename(temp, target);
      } catch (error) {
        await rename(old, target);
        throw error;
      }
      await rm(old, { recursive: true, force: true });
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    activeTempDirs.delete(temp);
  }
  return result;
}
