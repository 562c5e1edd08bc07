import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it, vi } from "vitest";
import { dataset } from "@briefings/core";
import { getDataset, getRawDataset, loadRawDataset, parseDatasetJson } from "./data";

describe("dataset loading", () => {
  it("uses the curated dataset unless BRIEFINGS_DATASET is set", () => {
    expect(loadRawDataset({})).toBe(dataset);
  });

  it("reads the file named by BRIEFINGS_DATASET and fills missing collections", () => {
    const dir = tempDir("web");
    const file = join(dir, "d.json");
    writeFileSync(file, JSON.stringify({ version: "9.9.9", meetings: [] }));
    const loaded = loadRawDataset({ BRIEFINGS_DATASET: file });
    expect(loaded.version).toBe("9.9.9");
    expect(loaded.people).toEqual([]);
    expect(loaded.citation).toBe("");
  });

  it("says what is wrong and where", () => {
    expect(() => loadRawDataset({ BRIEFINGS_DATASET: "/nonexistent/d.json" })).toThrow(/BRIEFINGS_DATASET=\/nonexistent\/d\.json: cannot read/);
    expect(() => parseDatasetJson("{", "f.json")).toThrow(/f\.json: not valid JSON/);
    expect(() => parseDatasetJson("[]", "f.json")).toThrow(/f\.json: the dataset must be a JSON object/);
    expect(() => parseDatasetJson('{"people": {}}', "f.json")).toThrow(/f\.json: "people" must be an array/);
    expect(() => parseDatasetJson('{"people": [1]}', "f.json")).toThrow(/f\.json: people\[0\] must be an object/);
    expect(() => parseDatasetJson('{"people": [{"name": "x"}]}', "f.json")).toThrow(/people\[0\]\.id must be a string/);
  });

  it("loads once per process, shared by every copy of the module, and again when BRIEFINGS_DATASET names another file", async () => {
    const dir = tempDir("web");
    const before = process.env.BRIEFINGS_DATASET;
    try {
      const a = join(dir, "a.json");
      writeFileSync(a, JSON.stringify({ version: "1.0.0", people: [{ id: "p", name: "A\u0007B" }] }));
      process.env.BRIEFINGS_DATASET = a;
      const raw = getRawDataset();
      expect(getRawDataset()).toBe(raw);
      expect(getDataset()).toBe(getDataset());
      expect(getDataset().people[0]?.name).not.toContain("\u0007");
      // A second copy of the module (as a bundle with two chunks holds) gets the same objects without reading the file.
      vi.resetModules();
      const copy = await import("./data");
      expect(copy.getRawDataset).not.toBe(getRawDataset);
      writeFileSync(a, JSON.stringify({ version: "2.0.0" }));
      expect(copy.getRawDataset()).toBe(raw);
      const b = join(dir, "b.json");
      writeFileSync(b, JSON.stringify({ version: "3.0.0" }));
      process.env.BRIEFINGS_DATASET = b;
      expect(getRawDataset().version).toBe("3.0.0");
    } finally {
      if (before === undefined) delete process.env.BRIEFINGS_DATASET;
      else process.env.BRIEFINGS_DATASET = before;
    }
  });
});
