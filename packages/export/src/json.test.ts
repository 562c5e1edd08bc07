import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Dataset } from "@briefings/core/schemas";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { seed, tempDir } from "../test/helpers";
import { datasetJson, datasetJsonChunks, writeDatasetJson } from "./json";
import { schemaFiles } from "./schema";

const dataset = await seed();

function ajv() {
  const instance = new Ajv2020({ allErrors: true, strict: false });
  addFormats(instance);
  for (const file of schemaFiles()) instance.addSchema(file.schema);
  return instance;
}

describe("dataset.json", () => {
  it("round-trips: parsed with the core Dataset schema it deep-equals the dataset", async () => {
    const file = join(tempDir(), "dataset.json");
    await writeDatasetJson(file, dataset);
    const text = readFileSync(file, "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(Dataset.parse(JSON.parse(text))).toEqual(dataset);
  });

  it("streams the same bytes as the canonical serialisation, compact and pretty", () => {
    for (const pretty of [false, true]) expect([...datasetJsonChunks(dataset, pretty)].join("")).toBe(datasetJson(dataset, pretty));
  });

  it("does not depend on the key order of the input", () => {
    const reversed = JSON.parse(JSON.stringify(dataset), (_key, value: unknown) =>
      value !== null && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as typeof dataset;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(dataset)[0]);
    expect(datasetJson(reversed)).toBe(datasetJson(dataset));
  });

  it("validates against the exported JSON Schema, and a broken file does not", () => {
    const validate = ajv().getSchema("dataset.schema.json");
    expect(validate).toBeDefined();
    const exported = JSON.parse(datasetJson(dataset)) as Record<string, unknown>;
    expect(validate!(exported), JSON.stringify(validate!.errors)).toBe(true);

    const broken = JSON.parse(datasetJson(dataset)) as { meetings: { topics: unknown; id: unknown }[]; license: unknown };
    broken.meetings[0]!.topics = ["not-a-topic"];
    broken.meetings[0]!.id = "Not A Slug";
    broken.license = "proprietary";
    expect(validate!(broken)).toBe(false);
    const paths = validate!.errors!.map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(["/meetings/0/topics/0", "/meetings/0/id", "/license"]));
  });

  it("gives every entity a schema that accepts its records and rejects an unknown field", () => {
    const instance = ajv();
    const exported = JSON.parse(datasetJson(dataset)) as Record<string, { id: string }[]>;
    const pairs = [["sources", "source"], ["corrections", "correction"], ["organizations", "organization"], ["people", "person"], ["roles", "role"], ["meetings", "meeting"], ["participations", "participation"], ["statements", "statement"], ["quotes", "quote"], ["figures", "figure"]] as const;
    for (const [collection, type] of pairs) {
      const validate = instance.getSchema(`${type}.schema.json`)!;
      for (const record of exported[collection]!) expect(validate(record), `${type} ${record.id}`).toBe(true);
      expect(validate({ ...exported[collection]![0], unexpected: true }), type).toBe(false);
    }
  });
});
