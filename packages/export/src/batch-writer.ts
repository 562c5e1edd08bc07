// Many small files, written by one worker thread in batches. Creating files costs the kernel more than
// writing them: through the thread pool (`fs/promises`, several threads creating files in the same
// folders at once) each file is an open, a write and a close, three round trips, and the threads
// contend for the folder's lock. One thread creating them one after another with synchronous calls, in
// batches of a hundred-odd files per message, spends a fraction of the system time (measured on 20,000
// files of 3 kB: about 3x less), and this thread is left free to build the files' content meanwhile.
import { OrderedWorker } from "./ordered-worker";

/** The worker: writes each batch of [path, text, path, text, …] in order, then answers (null, or the error). */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { writeFileSync } = require("node:fs");
parentPort.on("message", (batch) => {
  try {
    for (let i = 0; i < batch.length; i += 2) writeFileSync(batch[i], batch[i + 1]);
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage({ message: String(error && error.message), code: error && error.code });
  }
});
`;

/**
 * Text gathered before a batch is sent to the worker. Small batches, one in flight: measured at 10,000
 * briefings (the API's 48,000 files), batches of 1 MB / 512 files with 3 in flight took 150 MB more
 * peak memory than batches of 256 kB / 128 files with 1 in flight, for no less CPU time.
 */
const BATCH_CHARS = 1 << 18;
/** Files gathered before a batch is sent to the worker. */
const BATCH_FILES = 128;
/** Batches sent and not yet written: one written while the next is built. */
const BATCHES_IN_FLIGHT = 1;

/**
 * Writes files through a worker thread, in order, a batch at a time. `write` adds a file and returns a
 * promise only when the caller must wait (too many batches in flight); `end` writes what is left and
 * stops the worker. The first failed write rejects the next `write` or `end`, with the system's message
 * (which names the file). Always call `end` (or `abandon` after an error).
 */
export class BatchFileWriter {
  private readonly worker = new OrderedWorker(WORKER_SOURCE);
  private batch: string[] = [];
  private chars = 0;

  /** Adds a file; returns a promise when the caller must wait before adding more (it rejects if a write failed). */
  write(path: string, text: string): Promise<void> | undefined {
    if (this.worker.failed) return this.worker.oldest();
    this.batch.push(path, text);
    this.chars += text.length;
    if (this.chars < BATCH_CHARS && this.batch.length < 2 * BATCH_FILES) return undefined;
    void this.send();
    return this.worker.inFlight > BATCHES_IN_FLIGHT ? this.worker.oldest() : undefined;
  }

  private send(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    this.chars = 0;
    return this.worker.post(batch);
  }

  /** Writes what is left, waits until every file is written, and stops the worker. */
  async end(): Promise<void> {
    if (this.batch.length > 0) void this.send();
    await this.worker.end();
  }

  /** Stops the worker without waiting for the files in flight (after a failure elsewhere). */
  async abandon(): Promise<void> {
    await this.worker.abandon();
  }
}
