// Reading a data file named on a command line, in bounded time and memory: only a regular file, only
// up to a stated size, only UTF-8 text. Special files (/dev/zero, a FIFO, a device) are refused before
// a byte is read, so nothing blocks and nothing grows without bound.
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import type { FileProblem } from "./files";

/**
 * Largest data file accepted: 500 MiB. The curated dataset is about 150 KB; the synthetic datasets the
 * benchmarks load reach about 280 MiB at 10,000 briefings. 500 MiB is also about the longest string
 * JavaScript can hold (2^29 UTF-16 units), so a larger file could not be read as text anyway.
 */
export const MAX_DATA_FILE_BYTES = 500 * 1024 * 1024;

/** A number of bytes as people write it: `500 MiB`, `12 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** The outcome of reading a data file: its bytes and text, or one problem saying why it cannot be read. */
export type ReadDataResult = { ok: true; text: string; bytes: Uint8Array } | { ok: false; problem: FileProblem };

const refuse = (file: string, message: string): { ok: false; problem: FileProblem } => ({
  ok: false,
  problem: { file, position: { line: 1, column: 1 }, path: "", message, rule: "read" },
});

const ERRNO: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the name is too long",
  ENOTDIR: "a part of the path is not a directory",
};

function kind(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "a special file";
}

/**
 * Reads a data file as UTF-8 text. Refused, each with a clear message: a missing or unreadable file,
 * anything but a regular file (checked on the opened file, which is opened without blocking), a file
 * over `limit` bytes (checked before reading, and again while reading a file that grows), and bytes
 * that are not UTF-8.
 */
export async function readDataFile(file: string, limit = MAX_DATA_FILE_BYTES): Promise<ReadDataResult> {
  const read = await readDataBytes(file, limit);
  if (!read.ok) return read;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(read.bytes), bytes: read.bytes };
  } catch {
    return refuse(file, "cannot read: not valid UTF-8 text");
  }
}

/** `readDataFile` without decoding: the bytes of a data file (for a caller that may not need the text). */
export async function readDataBytes(file: string, limit = MAX_DATA_FILE_BYTES): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: FileProblem }> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return refuse(file, `cannot read: ${ERRNO[code] ?? (error as Error).message}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return refuse(file, `cannot read: not a regular file (it is ${kind(info)})`);
    const over = (size: number) => refuse(file, `cannot read: the file is ${formatBytes(size)}, over the limit of ${formatBytes(limit)} for a data file`);
    if (info.size > limit) return over(info.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.allocUnsafe(Math.min(limit + 1 - total, Math.max(65_536, info.size + 1 - total))) });
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return over(total);
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return refuse(file, `cannot read: ${ERRNO[code] ?? (error as Error).message}`);
  } finally {
    await handle.close();
  }
}
