import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test/helpers";
import { writeFiles, type TextFile } from "./files";

describe("writeFiles", () => {
  it("writes every file with its exact text, across many batches", async () => {
    const dir = tempDir();
    const files = Array.from({ length: 1000 }, (_, i) => ({ path: join(dir, `${i}.json`), text: `{"n":${i},"t":"é ${"x".repeat(i % 50)}"}\n` }));
    await writeFiles(files, { batchFiles: 7 });
    expect(readdirSync(dir)).toHaveLength(1000);
    for (const f of [files[0]!, files[500]!, files[999]!]) expect(readFileSync(f.path, "utf8")).toBe(f.text);
  });

  it("pulls files lazily: no more than the batches in flight ahead of the disk", async () => {
    const dir = tempDir();
    let produced = 0;
    let maxAhead = 0;
    function* many(): Generator<TextFile> {
      for (let i = 0; i < 400; i++) {
        produced++;
        const written = readdirSync(dir).length;
        maxAhead = Math.max(maxAhead, produced - written);
        yield { path: join(dir, `${i}.txt`), text: "x" };
      }
    }
    await writeFiles(many(), { batchFiles: 10, inFlight: 2 });
    expect(produced).toBe(400);
    // Two batches waiting, plus the one being filled (and the one the worker has just finished).
    expect(maxAhead).toBeLessThanOrEqual(10 * 4);
  });

  it("never replaces an existing file, and says which file failed", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "b.json"), "old");
    const files = ["a", "b", "c"].map((n) => ({ path: join(dir, `${n}.json`), text: "new" }));
    await expect(writeFiles(files)).rejects.toThrow(/b\.json: .*EEXIST/);
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe("old");
  });

  it("rejects when a folder is missing, naming the path", async () => {
    const dir = tempDir();
    await expect(writeFiles([{ path: join(dir, "missing", "x.json"), text: "" }])).rejects.toThrow(/missing\/x\.json: .*ENOENT/);
  });
});
