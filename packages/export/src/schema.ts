// JSON Schemas (draft 2020-12) of the dataset file and of every entity, generated from the zod schemas
// of @briefings/core. They describe the *output* side of the schemas (defaults filled in: a field with
// a default is required), because the exported files hold parsed data.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CollectionName } from "@briefings/core";
import * as schemas from "@briefings/core/schemas";
import * as z from "zod";
import { ENTITY_TYPES } from "./entities";

/** The zod schema of one record of each collection. */
const ENTITY_SCHEMAS: Record<CollectionName, z.ZodType> = {
  sources: schemas.Source,
  corrections: schemas.Correction,
  organizations: schemas.Organization,
  people: schemas.Person,
  roles: schemas.Role,
  meetings: schemas.Meeting,
  participations: schemas.Participation,
  statements: schemas.Statement,
  quotes: schemas.Quote,
  figures: schemas.Figure,
};

/** The JSON Schema of a zod schema, for data as parsed (io "output"), draft 2020-12. */
export function toJsonSchema(schema: z.ZodType, id: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "any",
    // A refinement has no JSON Schema of its own: a quote's "exactly one of participation and document" is written out.
    override: (ctx) => {
      if (ctx.zodSchema === schemas.Quote) ctx.jsonSchema.oneOf = [{ required: ["participation"] }, { required: ["document"] }];
    },
  });
  // `$id` first after `$schema`, so a validator can tell the files apart.
  const { $schema, ...rest } = json as Record<string, unknown>;
  return { $schema, $id: id, ...rest };
}

/** Every schema file: `dataset.schema.json` and `<type>.schema.json` per entity, with its content. */
export function schemaFiles(): { name: string; schema: Record<string, unknown> }[] {
  const files = [{ name: "dataset.schema.json", schema: toJsonSchema(schemas.Dataset, "dataset.schema.json") }];
  for (const [collection, schema] of Object.entries(ENTITY_SCHEMAS) as [CollectionName, z.ZodType][]) {
    const name = `${ENTITY_TYPES[collection]}.schema.json`;
    files.push({ name, schema: toJsonSchema(schema, name) });
  }
  return files;
}

/** Writes the schema files into `dir`. */
export async function writeSchemas(dir: string, pretty = true): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of schemaFiles()) await writeFile(join(dir, file.name), `${JSON.stringify(file.schema, null, pretty ? 2 : undefined)}\n`);
}
