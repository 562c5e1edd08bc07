// Many small files, written by one worker thread in batches. Creating files costs the kernel more than
// writing them: through the thread pool (`fs/promises`, several threads creating files in the same
// folders at once) each file is an open, a write and a close, three round trips, and the threads
// contend for the folder's lock. One thread creating them one after another with synchronous calls, in
// batches of a hundred-odd files per message, spends a fraction of the system time (measured on 20,000
// files of 3 kB: about 3x less), and this thread is left free to build the files' content meanwhile.
import type { Chunk } from "./canonical";
import { OrderedWorker } from "./ordered-worker";

/**
 * The worker: writes each batch in order, then answers (null, or the error). A batch is the files' paths and
 * byte lengths, [path, length, path, length, …], and one buffer of their bytes one after another (transferred,
 * not copied: the texts are encoded once, on the way into it).
 */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { writeFileSync } = require("node:fs");
parentPort.on("message", ({ files, bytes }) => {
  try {
    let offset = 0;
    for (let i = 0; i < files.length; i += 2) {
      writeFileSync(files[i], new Uint8Array(bytes, offset, files[i + 1]));
      offset += files[i + 1];
    }
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage({ message: String(error && error.message), code: error && error.code });
  }
});
`;

/**
 * Bytes gathered before a batch is sent to the worker. Small batches, one in flight: measured at 10,000
 * briefings (the API's 48,000 files), batches of 1 MB / 512 files with 3 in flight took 150 MB more
 * peak memory than batches of 256 kB / 128 files with 1 in flight, for no less CPU time.
 */
const BATCH_BYTES = 1 << 18;
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
  private files: (string | number)[] = [];
  private bytes = Buffer.allocUnsafeSlow(BATCH_BYTES);
  private used = 0;

  /**
   * Adds a file: its text (written as UTF-8), or its chunks (text, and bytes already encoded) one after another.
   * Returns a promise when the caller must wait before adding more (it rejects if a write failed).
   */
  write(path: string, content: string | readonly Chunk[]): Promise<void> | undefined {
    if (this.worker.failed) return this.worker.oldest();
    const chunks = typeof content === "string" ? [content] : content;
    // At most 3 bytes of UTF-8 per UTF-16 unit: a file that might not fit starts a batch of its own, as large as it needs.
    let size = 0;
    for (const chunk of chunks) size += typeof chunk === "string" ? chunk.length * 3 : chunk.length;
    if (this.used + size > this.bytes.length) {
      if (this.files.length > 0) void this.send();
      if (size > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(size);
    }
    const start = this.used;
    for (const chunk of chunks) {
      if (typeof chunk === "string") this.used += this.bytes.write(chunk, this.used, "utf8");
      else {
        this.bytes.set(chunk, this.used);
        this.used += chunk.length;
      }
    }
    this.files.push(path, this.used - start);
    if (this.used < BATCH_BYTES && this.files.length < 2 * BATCH_FILES) return undefined;
    void this.send();
    return this.worker.inFlight > BATCHES_IN_FLIGHT ? this.worker.oldest() : undefined;
  }

  private send(): Promise<void> {
    // The whole buffer is handed over (moved, not copied): the worker reads the lengths it is told.
    const message = { files: this.files, bytes: this.bytes.buffer };
    this.files = [];
    this.bytes = Buffer.allocUnsafeSlow(BATCH_BYTES);
    this.used = 0;
    return this.worker.post(message, [message.bytes]);
  }

  /** Writes what is left, waits until every file is written, and stops the worker. */
  async end(): Promise<void> {
    if (this.files.length > 0) void this.send();
    await this.worker.end();
  }

  /** Stops the worker without waiting for the files in flight (after a failure elsewhere). */
  async abandon(): Promise<void> {
    await this.worker.abandon();
  }
}
