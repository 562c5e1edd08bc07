import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTIONS, citationFormats, datasetCitation } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { seed, tempDir } from "../test/helpers";
import { ENTITY_TYPES } from "./entities";
import { ndjsonRecords, writeDatasetNdjson, writeNdjson } from "./ndjson";

const dataset = await seed();

describe("NDJSON", () => {
  it("writes a dataset line then one line per entity, in dataset order", async () => {
    const file = join(tempDir(), "dataset.ndjson");
    await writeDatasetNdjson(file, dataset);
    const text = readFileSync(file, "utf8");
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n").map((l) => JSON.parse(l) as { type: string; data: { id?: string } });
    expect(lines[0]).toEqual({
      type: "dataset",
      data: { version: dataset.version, license: dataset.license, citation: dataset.citation, cite: citationFormats(datasetCitation(dataset)) },
    });
    const expected = COLLECTIONS.flatMap((c) => dataset[c].map((r) => `${ENTITY_TYPES[c]}:${r.id}`));
    expect(lines.slice(1).map((l) => `${l.type}:${l.data.id}`)).toEqual(expected);
    const meeting = lines.find((l) => l.type === "meeting")!;
    expect(meeting.data).toEqual(dataset.meetings[0]);
  });

  it("pulls records lazily from an async source (backpressure) and writes them all", async () => {
    let produced = 0;
    async function* many() {
      for (let i = 0; i < 20_000; i++) {
        produced++;
        yield { type: "figure", data: { id: `f-${i}`, text: "x".repeat(100) } };
      }
    }
    const file = join(tempDir(), "many.ndjson");
    const iterator = many();
    const writing = writeNdjson(file, iterator);
    // Nothing can be produced before the writer asks for it.
    expect(produced).toBe(0);
    await writing;
    expect(produced).toBe(20_000);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(20_000);
    expect(JSON.parse(lines[19_999]!)).toEqual({ type: "figure", data: { id: "f-19999", text: "x".repeat(100) } });
  });

  it("lists every entity of the dataset once", () => {
    const count = [...ndjsonRecords(dataset)].length;
    expect(count).toBe(1 + COLLECTIONS.reduce((n, c) => n + dataset[c].length, 0));
  });
});
