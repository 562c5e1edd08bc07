// The Parquet encoder on a worker thread. Building the columns of a table takes a fraction of the time
// of encoding them (dictionaries, statistics, UTF-8, snappy) and writing the file, which hyparquet-writer
// does synchronously: on another thread, that work runs on another core while this thread builds the next
// row group, table or format. The same library calls with the same data give the same bytes.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { ColumnSource, KeyValue, SchemaElement } from "hyparquet-writer";
import { OrderedWorker } from "./ordered-worker";

/** The worker: opens a file, writes row groups, finishes it; one message at a time, answering each. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const library = import(workerData.library);
let writer;
let queue = Promise.resolve();
parentPort.on("message", (message) => {
  queue = queue
    .then(async () => {
      const { ParquetWriter, fileWriter } = await library;
      if (message.kind === "open") writer = new ParquetWriter({ ...message.options, writer: fileWriter(message.file) });
      else if (message.kind === "group") await writer.write({ columnData: message.columnData, rowGroupSize: message.rows });
      else await writer.finish();
      parentPort.postMessage(null);
    })
    .catch((error) => parentPort.postMessage({ message: String(error && error.message), code: error && error.code }));
});
`;

/** Row groups handed over and not yet written: one encoding while the next is built. */
const GROUPS_IN_FLIGHT = 1;

/** The options of a Parquet file, as `ParquetWriter` takes them (but the writer). */
export interface ParquetFileOptions {
  schema: SchemaElement[];
  createdBy: string;
  kvMetadata: KeyValue[];
}

/**
 * Writes Parquet files on a worker thread, one after another: `open`, then `group` for each row group,
 * then `finish`. `group` returns a promise when the caller must wait before building another row group.
 * Errors (a file that cannot be written, a value the library refuses) reject the next call or `end`.
 */
export class ParquetThread {
  private readonly worker = new OrderedWorker(WORKER_SOURCE, { library: pathToFileURL(createRequire(import.meta.url).resolve("hyparquet-writer")).href });

  /** Starts a file (the previous one must be finished). */
  open(file: string, options: ParquetFileOptions): Promise<void> | undefined {
    return this.sent(this.worker.post({ kind: "open", file, options }));
  }

  /** Hands over a row group; returns a promise when the caller must wait before building the next. */
  group(columnData: ColumnSource[], rows: number): Promise<void> | undefined {
    void this.worker.post({ kind: "group", columnData, rows });
    return this.worker.failed || this.worker.inFlight > GROUPS_IN_FLIGHT ? this.worker.oldest() : undefined;
  }

  /** Writes the file's footer and closes it. */
  finish(): Promise<void> | undefined {
    return this.sent(this.worker.post({ kind: "finish" }));
  }

  private sent(answer: Promise<void>): Promise<void> | undefined {
    return this.worker.failed ? answer : undefined;
  }

  /** Waits until every file is written, and stops the thread. */
  end(): Promise<void> {
    return this.worker.end();
  }

  /** Stops the thread without waiting (after a failure). */
  abandon(): Promise<void> {
    return this.worker.abandon();
  }
}
