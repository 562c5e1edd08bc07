// Reads an input (a file or a stream) with the size limit enforced while reading, so an endless
// or huge input never fills memory.
import { open } from "node:fs/promises";
import { MAX_INPUT_BYTES } from "./limits";

/** The outcome of reading: the bytes, or that the input is over the limit (reading stopped there). */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true; limit: number };

/** Reads at most `limit + 1` bytes of a stream of chunks. */
export async function readStream(stream: AsyncIterable<unknown>, limit = MAX_INPUT_BYTES): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Uint8Array);
    chunks.push(bytes);
    total += bytes.length;
    if (total > limit) return { ok: false, tooLarge: true, limit };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** Reads a file, refusing it (before reading its content) when it is over the limit. */
export async function readFileLimited(path: string, limit = MAX_INPUT_BYTES): Promise<ReadResult> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
    if (info.size > limit) return { ok: false, tooLarge: true, limit };
    return await readStream(handle.createReadStream({ autoClose: false }), limit);
  } finally {
    await handle.close();
  }
}
