import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileSink, writeChunks } from "./stream";

const dir = mkdtempSync(join(tmpdir(), "export-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function* words(n: number) {
  for (let i = 0; i < n; i++) yield `word ${i} é 𠮷\n`;
}
async function* asyncWords(n: number) {
  yield* words(n);
}

describe("writeChunks", () => {
  it("writes every chunk of a synchronous or asynchronous source, in order, as UTF-8", async () => {
    await writeChunks(join(dir, "sync.txt"), words(20000));
    await writeChunks(join(dir, "async.txt"), asyncWords(20000));
    const expected = [...words(20000)].join("");
    expect(readFileSync(join(dir, "sync.txt"), "utf8")).toBe(expected);
    expect(readFileSync(join(dir, "async.txt"), "utf8")).toBe(expected);
  });

  it("keeps the bytes whole across buffers: characters of 1 to 4 bytes at every offset, chunks larger than a buffer", async () => {
    // A small buffer makes every case happen: a buffer filled to the last byte, a 4-byte character that does not
    // fit the room left, a chunk longer than a whole buffer between small ones.
    const chunks = ["a", "é", "€", "𠮷", "x".repeat(40), "é".repeat(30), "𠮷".repeat(25), "", "end"];
    const source = Array.from({ length: 60 }, (_, i) => chunks[i % chunks.length]!.repeat(1 + (i % 3)));
    for (const size of [16, 17, 18, 19, 64]) {
      const file = join(dir, `small-${size}.txt`);
      await writeChunks(file, source, size);
      expect(readFileSync(file, "utf8")).toBe(source.join(""));
    }
  });

  it("writes bytes chunks as they are, between text chunks, across buffers and larger than one", async () => {
    // Bytes already encoded (a cached record's): copied, never encoded again.
    const chunks = ["{", Buffer.from("é𠮷x"), ",", Buffer.from("y".repeat(50)), "€", new Uint8Array(Buffer.from("𠮷".repeat(7))), "}"];
    const source = Array.from({ length: 40 }, (_, i) => chunks[i % chunks.length]!);
    const expected = source.map((c) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8"))).join("");
    for (const size of [16, 17, 31, 64, 1 << 20]) {
      const file = join(dir, `bytes-${size}.txt`);
      await writeChunks(file, source, size);
      expect(readFileSync(file, "utf8")).toBe(expected);
    }
  });

  it("writes an empty file for no chunks", async () => {
    await writeChunks(join(dir, "empty.txt"), []);
    expect(readFileSync(join(dir, "empty.txt"), "utf8")).toBe("");
  });

  it("passes on an error of the source, after closing the file", async () => {
    function* failing() {
      yield "a".repeat(100);
      yield "b".repeat(100);
      throw new Error("source broke");
    }
    await expect(writeChunks(join(dir, "failed.txt"), failing(), 64)).rejects.toThrow("source broke");
    async function* failingAsync() {
      yield "a";
      throw new Error("async source broke");
    }
    await expect(writeChunks(join(dir, "failed-async.txt"), failingAsync())).rejects.toThrow("async source broke");
  });

  it("rejects when the file cannot be written, naming the error", async () => {
    await expect(writeChunks(join(dir, "no-such-folder", "x.txt"), words(3))).rejects.toThrow(/ENOENT/);
  });
});

describe("FileSink", () => {
  it("reports a failed write where the caller awaits, not as an unhandled rejection", async () => {
    const file = join(dir, "read-only.txt");
    const handle = await open(file, "w+");
    await handle.close();
    const readOnly = await open(file, "r");
    const sink = new FileSink(readOnly, 30);
    try {
      // The first buffer's write starts (and fails) while the second fills.
      expect(sink.write("1234567890")).toBeUndefined();
      await sink.write("abcdefghij");
      await expect(sink.end()).rejects.toThrow(/EBADF/);
    } finally {
      await readOnly.close();
    }
  });
});
