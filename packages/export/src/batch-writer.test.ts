import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test/helpers";
import { BatchFileWriter } from "./batch-writer";

describe("writing many small files through a worker thread", () => {
  it("writes every file with its text, across many batches", async () => {
    const dir = tempDir();
    const writer = new BatchFileWriter();
    for (let i = 0; i < 1500; i++) {
      const wait = writer.write(join(dir, `f${i}.json`), `{"n":${i}}\n`);
      if (wait) await wait;
    }
    await writer.end();
    expect(readdirSync(dir)).toHaveLength(1500);
    expect(readFileSync(join(dir, "f1499.json"), "utf8")).toBe('{"n":1499}\n');
  });

  it("writes a file given in chunks (text, and bytes already encoded) as their concatenation, also one larger than a batch", async () => {
    const dir = tempDir();
    const writer = new BatchFileWriter();
    const record = Buffer.from('{"name":"Synthétique 𠮷"}');
    const big = Buffer.from("z".repeat(1 << 19));
    for (let i = 0; i < 300; i++) {
      const wait = writer.write(join(dir, `c${i}.json`), ["[", record, `,${i},`, i === 150 ? big : record, "]\n"]);
      if (wait) await wait;
    }
    await writer.end();
    expect(readdirSync(dir)).toHaveLength(300);
    expect(readFileSync(join(dir, "c7.json"), "utf8")).toBe(`[${record.toString()},7,${record.toString()}]\n`);
    expect(readFileSync(join(dir, "c150.json"), "utf8")).toBe(`[${record.toString()},150,${big.toString()}]\n`);
    expect(readFileSync(join(dir, "c299.json"), "utf8")).toBe(`[${record.toString()},299,${record.toString()}]\n`);
  });

  it("fails with the system's error, naming the file, when a file cannot be written", async () => {
    const missing = join(tempDir(), "no-such-folder", "a.json");
    const writer = new BatchFileWriter();
    expect(writer.write(missing, "{}\n")).toBeUndefined();
    await expect(writer.end()).rejects.toMatchObject({ code: "ENOENT", message: expect.stringContaining(missing) as unknown });
  });

  it("refuses further files once a batch failed", async () => {
    const dir = tempDir();
    const writer = new BatchFileWriter();
    let failure: unknown;
    try {
      // Large texts: a batch is sent, and failing, long before the loop ends.
      for (let i = 0; i < 100; i++) {
        const wait = writer.write(join(dir, i === 0 ? "missing/a.json" : `f${i}.json`), "x".repeat(1 << 19));
        if (wait) await wait;
      }
    } catch (error) {
      failure = error;
    }
    await writer.abandon();
    expect(failure).toMatchObject({ code: "ENOENT" });
  });
});
