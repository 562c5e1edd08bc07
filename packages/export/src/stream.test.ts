import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { batched, writeChunks } from "./stream";

const dir = mkdtempSync(join(tmpdir(), "export-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

function* words(n: number) {
  for (let i = 0; i < n; i++) yield `word ${i} é 𠮷\n`;
}
async function* asyncWords(n: number) {
  yield* words(n);
}

describe("batched", () => {
  it("groups a synchronous source into the same batches as the same chunks given asynchronously", async () => {
    const sync = await all(batched(words(5000), 1000));
    expect(sync).toEqual(await all(batched(asyncWords(5000), 1000)));
    expect(sync.length).toBeGreaterThan(50);
    expect(sync.slice(0, -1).every((b) => b.length >= 1000 && b.length < 1100)).toBe(true);
    expect(sync.join("")).toBe([...words(5000)].join(""));
  });

  it("passes on an error of the source", async () => {
    function* failing() {
      yield "a";
      throw new Error("source broke");
    }
    await expect(all(batched(failing()))).rejects.toThrow("source broke");
  });
});

describe("writeChunks", () => {
  it("writes every chunk of a synchronous or asynchronous source, in order, as UTF-8", async () => {
    await writeChunks(join(dir, "sync.txt"), words(20000));
    await writeChunks(join(dir, "async.txt"), asyncWords(20000));
    const expected = [...words(20000)].join("");
    expect(readFileSync(join(dir, "sync.txt"), "utf8")).toBe(expected);
    expect(readFileSync(join(dir, "async.txt"), "utf8")).toBe(expected);
  });
});
