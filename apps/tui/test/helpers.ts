// Helpers for the screen tests: wait for Ink to render after input, without fixed long sleeps.
import { dataset } from "@briefings/core";
import { sanitizeDataset, type SafeDataset } from "../src/lib/sanitize";

/** The curated dataset, sanitised as the CLI does. */
export const safeSeed: SafeDataset = sanitizeDataset(dataset);

/** Resolves after `ms` milliseconds. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true (or throws after `timeout` ms with the last frame). */
export async function until(check: () => boolean, describe: () => string = () => "", timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting; last frame:\n${describe()}`);
    await delay(10);
  }
}

/** Key sequences as a terminal sends them. */
export const KEYS = {
  enter: "\r",
  escape: "\x1b",
  tab: "\t",
  shiftTab: "\x1b[Z",
  up: "\x1b[A",
  down: "\x1b[B",
  pageUp: "\x1b[5~",
  pageDown: "\x1b[6~",
  backspace: "\x7f",
  ctrlC: "\x03",
} as const;
