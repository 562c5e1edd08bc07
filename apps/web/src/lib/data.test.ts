import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { dataset } from "@briefings/core";
import { loadRawDataset, parseDatasetJson } from "./data";

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
});
