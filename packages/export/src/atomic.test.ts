import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles, seed, tempDir } from "../test/helpers";
import { OutputError, writeAtomically } from "./atomic";
import { exportDataset } from "./index";

const dataset = await seed();

describe("atomic output", () => {
  it("writes into a new folder, creating its parents", async () => {
    const out = join(tempDir(), "a", "b", "out");
    await writeAtomically(out, false, async (dir) => writeFileSync(join(dir, "x.txt"), "x"));
    expect(listFiles(out)).toEqual(["x.txt"]);
    expect(readdirSync(join(out, "..")).sort()).toEqual(["out"]);
  });

  it("accepts an empty folder, refuses a non-empty one without force, replaces it with force", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    mkdirSync(out);
    await writeAtomically(out, false, async (dir) => writeFileSync(join(dir, "first.txt"), "1"));
    await expect(writeAtomically(out, false, async (dir) => writeFileSync(join(dir, "second.txt"), "2"))).rejects.toThrow(OutputError);
    expect(listFiles(out)).toEqual(["first.txt"]);
    await writeAtomically(out, true, async (dir) => writeFileSync(join(dir, "second.txt"), "2"));
    expect(listFiles(out)).toEqual(["second.txt"]);
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
    expect(listFiles(out)).toEqual(["dataset.json", "dataset.ndjson"]);
    expect(readFileSync(join(out, "dataset.json"))).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });
});
