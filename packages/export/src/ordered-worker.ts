// A worker thread that answers each message in order: the base of the writer that hands its
// system calls to another thread (`BatchFileWriter`).
import { Worker } from "node:worker_threads";

/** What the worker answers to each message: null when done, or the error it met. */
export type WorkerAnswer = { message: string; code?: string } | null;

/**
 * A worker (`source`: CommonJS code run with `eval`) that takes messages and answers each one, in order,
 * with a `WorkerAnswer`. `post` returns a promise of the answer; the first error answer (or a crash of
 * the worker) rejects every message still waiting and every later `post`. Always call `end` or `abandon`.
 */
export class OrderedWorker {
  private readonly worker: Worker;
  /** Messages sent, oldest first, each settled by the worker's answer. */
  private readonly pending: { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;

  /** Starts the worker. */
  constructor(source: string, workerData?: unknown) {
    this.worker = new Worker(source, { eval: true, workerData });
    this.worker.on("message", (answer: WorkerAnswer) => {
      if (answer === null) this.pending.shift()?.resolve();
      else this.fail(Object.assign(new Error(answer.message), answer.code === undefined ? {} : { code: answer.code }));
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => {
      if (this.pending.length > 0) this.fail(new Error(`a writing thread stopped (exit code ${code}) before finishing its work`));
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const message of this.pending.splice(0)) message.reject(this.failure);
  }

  /** Whether a message failed (or the worker crashed): every later message is refused. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Messages sent and not yet answered. */
  get inFlight(): number {
    return this.pending.length;
  }

  /** A promise of the oldest answer still awaited (resolved at once when none is). */
  oldest(): Promise<void> {
    if (this.failure) return this.refused();
    return this.pending[0]?.promise ?? Promise.resolve();
  }

  /** Sends a message; the promise settles with its answer (rejections surface where awaited, never unhandled). */
  post(message: unknown, transfer?: readonly ArrayBuffer[]): Promise<void> {
    if (this.failure) return this.refused();
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined);
    this.pending.push({ promise, resolve, reject });
    this.worker.postMessage(message, transfer as ArrayBuffer[] | undefined);
    return promise;
  }

  private refused(): Promise<void> {
    const refused = Promise.reject(this.failure!);
    refused.catch(() => undefined);
    return refused;
  }

  /** Waits for every answer, then stops the worker; rejects with the first error. */
  async end(): Promise<void> {
    try {
      if (this.failure) throw this.failure;
      await Promise.all(this.pending.map((message) => message.promise));
      if (this.failure) throw this.failure;
    } finally {
      await this.worker.terminate();
    }
  }

  /** Stops the worker without waiting (after a failure elsewhere). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }
}
