// A user's ES module script: every entry point of @briefings/core, and the writers of @briefings/export.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataset, LIBRARY_VERSION, meetingRecord, meetingsByDate, searchDataset } from "@briefings/core";
import { Dataset } from "@briefings/core/schemas";
import { tokenize } from "@briefings/core/search";
import { validateDataset } from "@briefings/core/validate";
import { exportDataset } from "@briefings/export";

const latest = meetingsByDate(dataset)[0];
const out = join(mkdtempSync(join(tmpdir(), "briefings-consumer-export-")), "out");
const written = await exportDataset(dataset, { out, formats: ["json", "csv"] });
/**
 * Writes one format that needs an optional peer: "written", or what the export said when the peer is missing.
 * @param {"sqlite" | "parquet"} format
 * @returns {Promise<string>}
 */
async function optionalFormat(format) {
  try {
    await exportDataset(dataset, { out: `${out}-${format}`, formats: [format] });
    return "written";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
const sqlite = await optionalFormat("sqlite");
const parquet = await optionalFormat("parquet");

console.log(
  JSON.stringify({
    library: LIBRARY_VERSION,
    data: dataset.version,
    meetings: dataset.meetings.length,
    latest: latest?.id,
    speakers: latest ? meetingRecord(dataset, latest.id)?.speakers.length : undefined,
    schema: Dataset.safeParse(dataset).success,
    valid: validateDataset(dataset).ok,
    tokens: tokenize("Meza-Cuadra"),
    hits: searchDataset(dataset, "terrorist").length,
    formats: written.formats,
    files: readdirSync(out).sort(),
    exported: JSON.parse(readFileSync(join(out, "dataset.json"), "utf8")).meetings.length,
    sqlite,
    parquet,
  }),
);
