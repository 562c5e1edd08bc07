// The thread that writes the formats of an export that `format-thread.ts` hands it: it reads the dataset from the
// export's dataset.json (or gets its own copy), writes each format in turn into the output folder, and says after
// each one that it is written (or what failed). Built beside the library as dist/format-worker.js.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { Dataset } from "@briefings/core";
import { writeFormat } from "./formats";
import type { FormatThreadData, FormatThreadMessage } from "./format-thread";

const port = parentPort;
if (port === null) throw new Error("format-worker.js runs as a worker thread (see format-thread.ts)");
const post = (message: FormatThreadMessage) => port.postMessage(message);

/** The export's own dataset.json: the dataset as parsed (its canonical JSON drops only `undefined` members, which no format writes). */
function readDataset(file: string): Dataset {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Dataset;
  } catch (error) {
    throw new Error(`the format thread could not read the dataset from ${file}: ${(error as Error).message}`);
  }
}

const { dir, dataset: given, datasetFile, formats, options } = workerData as FormatThreadData;
try {
  const dataset = datasetFile === undefined ? given! : readDataset(datasetFile);
  for (const format of formats) {
    await writeFormat(format, dir, dataset, options);
    post({ written: format });
  }
} catch (error) {
  const e = error as { message?: unknown; code?: unknown };
  post({ failed: { message: String(e?.message ?? error), ...(typeof e?.code === "string" ? { code: e.code } : {}) } });
}
