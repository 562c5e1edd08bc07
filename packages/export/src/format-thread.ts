// Formats written by a thread of their own, so that an export uses both cores of a small machine: the thread reads
// the dataset from the export's own dataset.json once it is written (or, in an export without it, gets a structured
// clone when it starts) and writes its formats while this thread writes the others. It runs the built worker
// (dist/format-worker.js); where that file is missing (the sources run directly, as in the unit tests),
// `startFormatThread` says so and the caller writes those formats itself.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Dataset } from "@briefings/core";
import type { Format, WriteOptions } from "./formats";

/**
 * Whether an export uses a format thread when not told (`ExportOptions.threads`): with two cores or more. Measured at
 * 10,000 briefings on two cores, writing to disk (Popolo and SQLite on the thread, reading dataset.json): every
 * format in 15.1 s against 15.8 s (median of 5 in the bench; 12.6 s against 14.2 s in alternated runs), for about 12%
 * more CPU time and 450 MB more peak memory. With a structured clone of the dataset instead of the file, it was no
 * faster on two cores: the copy cost this thread about 1 s.
 */
export function threadsByDefault(cores: number): boolean {
  return cores >= 2;
}

/** The formats a format thread can write: none of them uses the JSON text cache, which stays on the calling thread. */
export const THREAD_FORMATS = ["jsonld", "popolo", "sqlite"] as const;

/** A format a format thread can write. */
export type ThreadFormat = (typeof THREAD_FORMATS)[number];

/**
 * The formats given to the thread by default. On two cores, Popolo and SQLite (about 4 s of work at 10,000 briefings,
 * beside the API's writer, DuckDB and the collector, which use that core too); with more cores, JSON-LD as well.
 */
export function threadFormats(cores: number): ThreadFormat[] {
  return cores > 2 ? [...THREAD_FORMATS] : ["popolo", "sqlite"];
}

/** What the worker is given. */
export interface FormatThreadData {
  /** The export's temporary folder. */
  dir: string;
  /** The dataset (cloned into the worker), or undefined when the worker reads it from `datasetFile`. */
  dataset?: Dataset;
  /** The export's own dataset.json, already written: the worker parses it (none of this thread's time spent on a copy). */
  datasetFile?: string;
  /** The formats to write, in order. */
  formats: readonly Format[];
  /** The writers' options (no text cache: it would be copied, not shared). */
  options: Pick<WriteOptions, "pretty" | "idBase" | "siteUrl">;
}

/** What the worker says: a format is written, or the error that stopped it. */
export type FormatThreadMessage = { written: Format } | { failed: { message: string; code?: string } };

/** The worker's module: beside the built library. */
const WORKER_FILE = new URL("./format-worker.js", import.meta.url);

/** Whether the built worker is there to run (it is not when the TypeScript sources run directly). */
export function formatWorkerAvailable(): boolean {
  return WORKER_FILE.protocol === "file:" && existsSync(fileURLToPath(WORKER_FILE));
}

/** A running format thread. */
export interface FormatThread {
  /**
   * Resolves once every format is written and `written` has been awaited for each (in order), or rejects with
   * the first error: the worker's, a crash, or one thrown by `written`. The thread has stopped by then.
   */
  done: Promise<void>;
  /** Stops the thread (after a failure elsewhere); resolves once it has stopped writing. */
  stop(): Promise<void>;
}

/**
 * Starts writing `formats` on a thread of their own. `written` is called (on this thread, in order) after each
 * format is written. Returns undefined when the worker cannot run here (see `formatWorkerAvailable`) or the
 * dataset cannot be cloned: the caller then writes the formats itself. Give it `dataset` (cloned) or `datasetFile`.
 */
export function startFormatThread(data: FormatThreadData, written: (format: Format) => void | Promise<void>): FormatThread | undefined {
  if (!formatWorkerAvailable()) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE, {
      workerData: data,
      // None of this process's flags: the built worker resolves packages as the built library does (a
      // `--conditions=source` of a dev or test run would point it at TypeScript sources it cannot load)...
      execArgv: [],
      // ...but the same room for its copy of the dataset as this thread has.
      resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20) },
    });
  } catch {
    // A value that cannot be cloned (data not produced by the schemas): written on the caller's thread instead.
    return undefined;
  }
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= worker.terminate().then(() => undefined));
  const done = new Promise<void>((resolve, reject) => {
    const left = [...data.formats];
    // Answers are handled one after another: `written` may be async (progress, a test's delay).
    let chain = Promise.resolve();
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      void stop().then(() => reject(error), () => reject(error));
    };
    worker.on("message", (message: FormatThreadMessage) => {
      chain = chain.then(async () => {
        if (settled) return;
        if ("failed" in message) return fail(Object.assign(new Error(message.failed.message), message.failed.code === undefined ? {} : { code: message.failed.code }));
        if (message.written !== left[0]) return fail(new Error(`the format thread wrote ${message.written} out of turn`));
        left.shift();
        try {
          await written(message.written);
        } catch (error) {
          return fail(error as Error);
        }
        if (left.length === 0) {
          settled = true;
          void stop().then(() => resolve(), reject);
        }
      });
    });
    worker.on("error", (error) => fail(error));
    worker.on("exit", (code) => {
      // Its messages are handled first (they arrive before the exit).
      chain = chain.then(() => fail(new Error(`the format thread stopped (exit code ${code}) before writing ${left.join(", ")}`)));
    });
  });
  done.catch(() => undefined);
  return { done, stop };
}
