// The formats the built library writes on a thread of its own (JSON-LD, Popolo, SQLite; see src/format-thread.ts):
// its failures fail the export with their own message, a failure elsewhere stops it, and either way nothing is
// left behind. (The sources, run directly, write those formats on the caller's thread: src/atomic.test.ts.)
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed, tempDir } from "./helpers";
import type * as source from "../src/index";

// The built library (the `test` task depends on `build`).
const built = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof source;
const dataset = await seed();

describe("the format thread of the built library", () => {
  it("is used where asked, or by default with more than two cores", () => {
    expect([1, 2, 3, 4, 16].map(built.threadsByDefault)).toEqual([false, false, true, true, true]);
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
      threads: true,
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

  it("is stopped when a format on the caller's thread fails, and the export fails with that error once it has", async () => {
    const parent = tempDir();
    const called: string[] = [];
    const failing = built.exportDataset(dataset, {
      out: join(parent, "out"),
      threads: true,
      formats: ["json", "jsonld", "popolo", "sqlite"],
      afterFormat: (format) => {
        called.push(format);
        if (format === "json") throw new Error("injected JSON failure");
      },
    });
    await expect(failing).rejects.toThrow("injected JSON failure");
    // Nothing written after the failure is reported as written, and the temporary folder is gone.
    expect(called.indexOf("json")).toBe(called.length - 1);
    expect(readdirSync(parent)).toEqual([]);
  });
});
