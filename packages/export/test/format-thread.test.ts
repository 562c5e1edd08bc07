// The formats the built library writes on a thread of its own (JSON-LD, Popolo, SQLite; see src/format-thread.ts):
// the same bytes whether it reads dataset.json or gets a copy; its failures fail the export with their own message,
// a failure elsewhere stops it, and either way nothing is left behind. (The sources, run directly, write those formats on the caller's thread: src/atomic.test.ts.)
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateDataset } from "@briefings/synthetic";
import { describe, expect, it } from "vitest";
import { seed, tempDir } from "./helpers";
import type * as source from "../src/index";

// The built library (the `test` task depends on `build`).
const built = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof source;
const dataset = await seed();
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("the format thread of the built library", () => {
  it("is used where asked, or by default with two cores or more; with Popolo and SQLite on two, JSON-LD too beyond", () => {
    expect([1, 2, 3, 4, 16].map(built.threadsByDefault)).toEqual([false, true, true, true, true]);
    expect([1, 2, 3, 16].map(built.threadFormats)).toEqual([
      ["popolo", "sqlite"],
      ["popolo", "sqlite"],
      ["jsonld", "popolo", "sqlite"],
      ["jsonld", "popolo", "sqlite"],
    ]);
  });

  it("writes the same files from the export's dataset.json, from a copy of the dataset, and on the calling thread", async () => {
    const synthetic = generateDataset({ briefings: 30 });
    for (const data of [dataset, synthetic]) {
      const fromFile = join(tempDir(), "out");
      const fromCopy = join(tempDir(), "out");
      const here = join(tempDir(), "out");
      const threads = ["jsonld", "popolo", "sqlite"] as const;
      expect((await built.exportDataset(data, { out: fromFile, threads, formats: ["json", ...threads] })).threaded).toEqual(threads);
      // Without dataset.json in the export, the thread is given a copy.
      expect((await built.exportDataset(data, { out: fromCopy, threads, formats: [...threads] })).threaded).toEqual(threads);
      expect((await built.exportDataset(data, { out: here, threads: false, formats: [...threads] })).threaded).toEqual([]);
      for (const file of ["briefings.jsonld", "popolo.json", "briefings.sqlite"]) {
        expect(sha256(join(fromFile, file)), file).toBe(sha256(join(here, file)));
        expect(sha256(join(fromCopy, file)), file).toBe(sha256(join(here, file)));
      }
    }
  });

  it("fails the export, naming the file, when the dataset.json it reads is not the dataset, and leaves nothing behind", async () => {
    const parent = tempDir();
    const failing = built.exportDataset(dataset, {
      out: join(parent, "out"),
      threads: ["sqlite"],
      formats: ["json", "sqlite"],
      // Damaged between its writing and the thread's reading.
      afterFormat: (format) => {
        if (format === "json") writeFileSync(join(parent, readdirSync(parent)[0]!, "dataset.json"), '{"meetings": [');
      },
    });
    await expect(failing).rejects.toThrow(/^the format thread could not read the dataset from .+dataset\.json: /);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("is there to run", () => {
    expect(existsSync(new URL("../dist/format-worker.js", import.meta.url))).toBe(true);
  });

  it("writes its formats on the calling thread when the dataset cannot be copied to it", async () => {
    const odd = structuredClone(dataset) as typeof dataset & { meetings: Record<string, unknown>[] };
    // A value a structured clone refuses (and every writer ignores).
    odd.meetings[0]!.callback = () => undefined;
    const result = await built.exportDataset(odd, { out: join(tempDir(), "out"), parse: false, threads: true, formats: ["jsonld", "sqlite"] });
    expect(result.formats).toEqual(["jsonld", "sqlite"]);
    expect(result.threaded).toEqual([]);
  });

  it("fails the export with the thread's own error (SQLite's dangling reference) and leaves nothing behind", async () => {
    const parent = tempDir();
    const broken = structuredClone(dataset);
    broken.participations[0]!.person = "no-such-person";
    const called: string[] = [];
    const failing = built.exportDataset(broken, { out: join(parent, "out"), parse: false, threads: true, formats: ["json", "jsonld", "sqlite"], afterFormat: (format) => void called.push(format) });
    await expect(failing).rejects.toThrow(/^SQLite export: 1 FOREIGN KEY problem: participations row ".+": person = "no-such-person" has no match in people$/);
    expect(called).not.toContain("sqlite");
    expect(readdirSync(parent)).toEqual([]);
  });

  it("stops at the first of its formats that the caller's hook fails, and reports that error", async () => {
    const parent = tempDir();
    const called: string[] = [];
    const failing = built.exportDataset(dataset, {
      out: join(parent, "out"),
      threads: ["jsonld", "popolo", "sqlite"],
      formats: ["jsonld", "popolo", "sqlite"],
      afterFormat: (format) => {
        called.push(format);
        if (format === "popolo") throw new Error("injected Popolo failure");
      },
    });
    await expect(failing).rejects.toThrow("injected Popolo failure");
    expect(called).toEqual(["jsonld", "popolo"]);
    expect(readdirSync(parent)).toEqual([]);
  });

  it.each([
    ["dataset.json, which it would read (it never starts)", "json"],
    ["a later format (it is stopped)", "csv"],
  ] as const)("is not left running when a format on the caller's thread fails: %s; the export fails with that error", async (_, failAt) => {
    const parent = tempDir();
    const called: string[] = [];
    const failing = built.exportDataset(dataset, {
      out: join(parent, "out"),
      threads: ["jsonld", "popolo", "sqlite"],
      formats: ["json", "csv", "jsonld", "popolo", "sqlite"],
      afterFormat: (format) => {
        called.push(format);
        if (format === failAt) throw new Error(`injected ${failAt} failure`);
      },
    });
    await expect(failing).rejects.toThrow(`injected ${failAt} failure`);
    // Nothing written after the failure is reported as written, and the temporary folder is gone.
    expect(called.indexOf(failAt)).toBe(called.length - 1);
    expect(readdirSync(parent)).toEqual([]);
  });
});
