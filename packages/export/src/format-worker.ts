// The thread that writes the formats of an export that `format-thread.ts` hands it: it gets its own copy of the
// dataset, writes each format in turn into the output folder, and says after each one that it is written (or
// what failed). Built beside the library as dist/format-worker.js.
import { parentPort, workerData } from "node:worker_threads";
import { writeFormat } from "./formats";
import type { FormatThreadData, FormatThreadMessage } from "./format-thread";

const port = parentPort;
if (port === null) throw new Error("format-worker.js runs as a worker thread (see format-thread.ts)");
const post = (message: FormatThreadMessage) => port.postMessage(message);

const { dir, dataset, formats, options } = workerData as FormatThreadData;
try {
  for (const format of formats) {
    await writeFormat(format, dir, dataset, options);
    post({ written: format });
  }
} catch (error) {
  const e = error as { message?: unknown; code?: unknown };
  post({ failed: { message: String(e?.message ?? error), ...(typeof e?.code === "string" ? { code: e.code } : {}) } });
}
