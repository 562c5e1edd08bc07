// Writing a file from a sequence of text chunks, with backpressure: the producer is pulled only as fast
// as the disk takes the bytes, so memory does not grow with the size of the file.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** Text chunks, produced lazily. */
export type Chunks = Iterable<string> | AsyncIterable<string>;

/** Groups small chunks into strings of about `size` UTF-16 units, to keep the number of writes low. */
export async function* batched(chunks: Chunks, size = 1 << 16): AsyncGenerator<string> {
  let buffer = "";
  if (!(Symbol.asyncIterator in chunks)) {
    // A synchronous source is read synchronously: `for await` would cost a promise and a microtask per chunk.
    for (const chunk of chunks as Iterable<string>) {
      buffer += chunk;
      if (buffer.length >= size) {
        yield buffer;
        buffer = "";
      }
    }
  } else {
    for await (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= size) {
        yield buffer;
        buffer = "";
      }
    }
  }
  if (buffer !== "") yield buffer;
}

/** Writes `chunks` to `file` (UTF-8), pulling the next chunk only when the stream asks for more. */
export async function writeChunks(file: string, chunks: Chunks): Promise<void> {
  await pipeline(Readable.from(batched(chunks)), createWriteStream(file, { encoding: "utf8" }));
}
