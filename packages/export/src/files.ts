// Writing many small files fast: the files go in batches to a worker thread, which writes each batch with
// plain synchronous calls while this thread prepares the next one. At most a few batches wait at once, so
// memory does not grow with the number of files, and a failed write rejects with its path and reason.
import { Worker } from "node:worker_threads";

/** One file to write: its path and its text (UTF-8). */
export interface TextFile {
  path: string;
  text: string;
}

/** Limits of `writeFiles`. */
export interface WriteFilesOptions {
  /** Files in one batch at most (default 512). */
  batchFiles?: number;
  /** Characters of text in one batch at most, roughly (default 4 Mi). */
  batchChars?: number;
  /** Batches sent and not yet written, at most (default 4). */
  inFlight?: number;
}

// The worker's code, run as a CommonJS script (`eval`): a batch is [path, text, path, text, …]; it answers
// each batch, in order, with null or the error's message.
const WORKER = `
const { parentPort } = require("node:worker_threads");
const { writeFileSync } = require("node:fs");
parentPort.on("message", (batch) => {
  let path = "";
  try {
    for (let i = 0; i < batch.length; i += 2) {
      path = batch[i];
      writeFileSync(path, batch[i + 1], { flag: "wx" });
    }
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage(path + ": " + (error && error.message ? error.message : String(error)));
  }
});
`;

/**
 * Writes every file (each must not exist yet: an existing file is an error, never overwritten). Pulls the
 * files lazily, a batch at a time; resolves when all are on disk, rejects with the first failure.
 */
export async function writeFiles(files: Iterable<TextFile>, options: WriteFilesOptions = {}): Promise<void> {
  const batchFiles = options.batchFiles ?? 512;
  const batchChars = options.batchChars ?? 4 << 20;
  const inFlight = Math.max(1, options.inFlight ?? 4);
  const worker = new Worker(WORKER, { eval: true });
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const failAll = (error: Error) => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on("message", (error: string | null) => {
    const next = waiting.shift();
    if (error === null) next?.resolve();
    else next?.reject(new Error(`cannot write ${error}`));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the file writer stopped (exit code ${code})`)));
  const pending: Promise<void>[] = [];
  const send = (batch: string[]) => {
    const written = new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
    // Awaited later (or not at all, after an earlier failure): never an unhandled rejection.
    written.catch(() => undefined);
    pending.push(written);
    worker.postMessage(batch);
  };
  try {
    let batch: string[] = [];
    let chars = 0;
    for (const file of files) {
      batch.push(file.path, file.text);
      chars += file.text.length;
      if (batch.length >= 2 * batchFiles || chars >= batchChars) {
        send(batch);
        batch = [];
        chars = 0;
        if (pending.length >= inFlight) await pending.shift();
      }
    }
    if (batch.length > 0) send(batch);
    for (const written of pending) await written;
  } finally {
    worker.removeAllListeners("exit");
    await worker.terminate();
  }
}
