import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { parseArguments } from "./arguments";
import { renderDatasetModule, writeDatasetFile } from "./files";
import { generateDataset } from "./generate";

const dir = tempDir("synthetic-test");

describe("writeDatasetFile", () => {
  it("writes the generated dataset as JSON, and nothing else in the directory", () => {
    const path = join(dir, "nested", "d.json");
    const bytes = writeDatasetFile(path, 5, { seed: 3 });
    const text = readFileSync(path, "utf8");
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(JSON.parse(text)).toEqual(generateDataset({ briefings: 5, seed: 3 }));
    expect(readdirSync(join(dir, "nested"))).toEqual(["d.json"]);
  });

  it("writes a module that exports the dataset as one JSON string, like @briefings/core", async () => {
    const path = join(dir, "d.mjs");
    writeDatasetFile(path, 3, { format: "module" });
    const module = (await import(pathToFileURL(path).href)) as { DATASET_JSON: string; dataset: unknown };
    expect(module.DATASET_JSON).toBe(JSON.stringify(generateDataset({ briefings: 3 })));
    expect(module.dataset).toEqual(generateDataset({ briefings: 3 }));
    expect(readFileSync(path, "utf8")).toBe(renderDatasetModule(generateDataset({ briefings: 3 })));
  });
});

describe("parseArguments", () => {
  it("reads the count, output, seed and format", () => {
    expect(parseArguments(["--briefings", "100", "--out", "x.json"])).toEqual({ briefings: 100, out: "x.json", format: "json" });
    expect(parseArguments(["--briefings=7", "--out=m.mjs", "--seed", "9", "--format", "module"])).toEqual({ briefings: 7, out: "m.mjs", format: "module", seed: 9 });
  });

  it.each([
    [[], /--briefings is required/],
    [["--briefings", "10"], /--out is required/],
    [["--briefings", "ten", "--out", "x"], /--briefings must be an integer/],
    [["--briefings", "0", "--out", "x"], /at least 1/],
    [["--briefings", "1", "--out", "x", "--format", "xml"], /--format must be json or module/],
    [["--briefings", "1", "--out"], /--out needs a value/],
    [["--size", "1"], /unknown argument "--size"/],
  ])("says what is wrong with %j", (args, message) => {
    expect(() => parseArguments(args)).toThrow(message);
  });
});
