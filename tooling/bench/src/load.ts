// The load average a benchmark reports with its figures: the load of other work. A bench's own run raises the
// 1-minute average (a build on 2 cores pushes it past 2 by itself), and the average falls slowly once the run stops
// (about 25 s from 3 to 2 with nothing else running). So a sample is taken before each measured run, after waiting
// (a bounded time) for the average to fall to the core count: a machine that stays loaded is still reported as
// loaded, and a bench is never judged by its own load.
import { cpus, loadavg } from "node:os";

/** What `quietLoad` needs from the machine (the real one by default; tests give their own). */
export interface LoadClock {
  /** The 1-minute load average now. */
  load: () => number;
  /** The time now, in milliseconds. */
  now: () => number;
  /** Blocks for `ms` milliseconds. */
  sleep: (ms: number) => void;
}

/** A sample of the load of other work, taken by `quietLoad`. */
export interface LoadSample {
  /** The 1-minute load average when the sample was taken. */
  load: number;
  /** How long it waited for the average to fall, in milliseconds. */
  waitedMs: number;
  /** Whether the average was at most the core count (false: the wait ran out, the machine is loaded). */
  quiet: boolean;
}

/** The machine's own clock and load average; `sleep` blocks the thread (a bench does nothing else meanwhile). */
export const SYSTEM_CLOCK: LoadClock = {
  load: () => loadavg()[0] ?? 0,
  now: () => Date.now(),
  sleep: (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
};

/**
 * Waits up to `maxWaitMs` (checking every `pollMs`) for the 1-minute load average to fall to `cores` or below, and
 * returns the sample taken then.
 */
export function quietLoad(options: { maxWaitMs: number; pollMs?: number; cores?: number; clock?: LoadClock }): LoadSample {
  const { maxWaitMs, pollMs = 2_000, cores = cpus().length, clock = SYSTEM_CLOCK } = options;
  const start = clock.now();
  let load = clock.load();
  while (load > cores && clock.now() - start < maxWaitMs) {
    clock.sleep(Math.min(pollMs, maxWaitMs - (clock.now() - start)));
    load = clock.load();
  }
  return { load, waitedMs: clock.now() - start, quiet: load <= cores };
}
