import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles, seed, tempDir } from "../test/helpers";
import { assertSafeLocation, EXPORT_MARKER, OutputError, writeAtomically } from "./atomic";
import { exportDataset } from "./index";

const dataset = await seed();

describe("atomic output", () => {
  it("writes into a new folder, creating its parents", async () => {
    const out = join(tempDir(), "a", "b", "out");
    await writeAtomically(out, false, async (dir) => writeFileSync(join(dir, "x.txt"), "x"));
    expect(listFiles(out)).toEqual([EXPORT_MARKER, "x.txt"]);
    expect(readdirSync(join(out, "..")).sort()).toEqual(["out"]);
  });

  it("accepts an empty folder, refuses a non-empty one without force, replaces it with force", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    mkdirSync(out);
    await writeAtomically(out, false, async (dir) => writeFileSync(join(dir, "first.txt"), "1"));
    await expect(writeAtomically(out, false, async (dir) => writeFileSync(join(dir, "second.txt"), "2"))).rejects.toThrow(OutputError);
    expect(listFiles(out)).toEqual([EXPORT_MARKER, "first.txt"]);
    await writeAtomically(out, true, async (dir) => writeFileSync(join(dir, "second.txt"), "2"));
    expect(listFiles(out)).toEqual([EXPORT_MARKER, "second.txt"]);
    // Neither the temporary folder nor the renamed old one is left behind.
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("refuses a file where the folder should be", async () => {
    const file = join(tempDir(), "file");
    writeFileSync(file, "x");
    await expect(writeAtomically(file, true, async () => undefined)).rejects.toThrow(/not a folder/);
  });

  it("leaves the previous output intact and no temporary folder when an export fails midway", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    await exportDataset(dataset, { out, formats: ["json", "ndjson"] });
    const before = readFileSync(join(out, "dataset.json"));
    const failing = exportDataset(dataset, {
      out,
      force: true,
      afterFormat: (format) => {
        if (format === "csv") throw new Error("injected failure");
      },
    });
    await expect(failing).rejects.toThrow("injected failure");
    expect(listFiles(out)).toEqual([EXPORT_MARKER, "dataset.json", "dataset.ndjson"]);
    expect(readFileSync(join(out, "dataset.json"))).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });
});

describe("formats written at the same time", () => {
  it("when the API fails, the other formats stop at the next one, and the export fails only once they have", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    const called: string[] = [];
    let openGate = () => {};
    const gate = new Promise<void>((done) => (openGate = done));
    let jsonHookReturned = false;
    const failing = exportDataset(dataset, {
      out,
      afterFormat: async (format) => {
        called.push(format);
        if (format === "api") {
          // Still busy a while after the failure: the export must wait for it before it cleans up.
          setTimeout(openGate, 1000);
          throw new Error("injected API failure");
        }
        // The other lane is still busy with dataset.json when the API fails.
        await gate;
        jsonHookReturned = true;
      },
    });
    await expect(failing).rejects.toThrow("injected API failure");
    expect(jsonHookReturned).toBe(true);
    expect([...called].sort()).toEqual(["api", "json"]);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe("Parquet, copied from the CSV tables while the other formats are written", () => {
  it("fails the export with DuckDB's lane's error, after every lane has stopped, and leaves nothing behind", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    const broken = structuredClone(dataset);
    broken.meetings[0]!.dates.value.start = "2019-6-27";
    const called: string[] = [];
    const failing = exportDataset(broken, { out, parse: false, formats: ["json", "csv", "jsonld", "parquet"], afterFormat: (format) => void called.push(format) });
    await expect(failing).rejects.toThrow(/^Parquet export: meetings\.start is not a date \(YYYY-MM-DD\): "2019-6-27"$/);
    expect(called).toEqual(expect.arrayContaining(["json", "csv"]));
    expect(called).not.toContain("parquet");
    expect(readdirSync(parent)).toEqual([]);
  });

  it("does not start when the CSV tables fail", async () => {
    const parent = tempDir();
    const called: string[] = [];
    const failing = exportDataset(dataset, {
      out: join(parent, "out"),
      formats: ["csv", "parquet"],
      afterFormat: (format) => {
        called.push(format);
        if (format === "csv") throw new Error("injected CSV failure");
      },
    });
    await expect(failing).rejects.toThrow("injected CSV failure");
    expect(called).toEqual(["csv"]);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe("where an export may go", () => {
  it("never the root, the home folder, the current folder or a folder containing them", () => {
    const home = tempDir();
    const cwd = join(home, "work", "project");
    mkdirSync(cwd, { recursive: true });
    const where = { cwd, home };
    expect(() => assertSafeLocation("/", where)).toThrow(/root folder/);
    expect(() => assertSafeLocation(home, where)).toThrow(/current folder|home folder/);
    expect(() => assertSafeLocation(join(home, "work"), where)).toThrow(/contains the current folder/);
    expect(() => assertSafeLocation(cwd, where)).toThrow(/is the current folder/);
    expect(() => assertSafeLocation(join(cwd, "export"), where)).not.toThrow();
    expect(() => assertSafeLocation(join(home, "elsewhere"), where)).not.toThrow();
  });

  it("refuses with --force a non-empty folder that has no marker, and accepts one that has it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "precious.txt"), "x");
    await expect(writeAtomically(dir, true, async () => undefined)).rejects.toThrow(/not an export/);
    expect(listFiles(dir)).toEqual(["precious.txt"]);
    writeFileSync(join(dir, EXPORT_MARKER), "{}");
    await expect(writeAtomically(dir, true, async () => undefined)).rejects.toThrow(/not an export/);
  });
});
