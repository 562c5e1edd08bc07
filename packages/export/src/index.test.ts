import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJson, seed, tempDir } from "../test/helpers";
import { EXPORT_MARKER, exportDataset } from "./index";

const dataset = await seed();

describe("exportDataset", () => {
  it("writes the chosen formats into a given folder (e.g. a web app's public/data)", async () => {
    const out = join(tempDir(), "public", "data");
    const result = await exportDataset(dataset, { out, formats: ["popolo", "json"] });
    expect(result.formats).toEqual(["json", "popolo"]);
    expect(readdirSync(out).sort()).toEqual([EXPORT_MARKER, "dataset.json", "popolo.json"]);
  });

  it("parses the dataset first: defaults are filled in, and invalid data writes nothing", async () => {
    const input = structuredClone(dataset) as unknown as { meetings: Record<string, unknown>[] };
    delete input.meetings[0]!.notes;
    const out = join(tempDir(), "out");
    await exportDataset(input as unknown as typeof dataset, { out, formats: ["json"] });
    const written = readJson(join(out, "dataset.json")) as { meetings: { notes: unknown }[] };
    // Without parsing, the key would be missing; the schema's default is an empty list.
    expect(written.meetings[0]!.notes).toEqual([]);

    input.meetings[0]!.topics = [];
    const failed = join(tempDir(), "failed");
    await expect(exportDataset(input as unknown as typeof dataset, { out: failed })).rejects.toThrow(/topics/);
    expect(existsSync(failed)).toBe(false);
  });
});
