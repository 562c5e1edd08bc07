// Loading another dataset file (--data / BRIEFINGS_DATASET): read, parse, validate, or say why not.
import { readFile } from "node:fs/promises";
import type { Dataset } from "@briefings/core";
import { neutralize } from "@briefings/core/text";

const sanitizeText = (text: string) => neutralize(text, "terminal");

/** A loaded dataset, or every reason it cannot be used. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Reads and validates a dataset file (schemas and every cross-record rule of `@briefings/core/validate`). */
export async function loadDatasetFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, errors: [`${file}: cannot read the file (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? "unknown error")})`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${file}: not valid JSON: ${sanitizeText((error as Error).message)}`] };
  }
  // The validator loads zod: only when another file is asked for, so the default start-up stays light.
  const { validateDataset, formatPath } = await import("@briefings/core/validate");
  const result = validateDataset(json);
  if (result.ok) return { ok: true, dataset: result.dataset };
  // Messages can quote the data: they are untrusted text like the rest.
  return { ok: false, errors: result.problems.map((p) => sanitizeText(`${file}: ${formatPath(p.path)}: ${p.message} [${p.rule}]`)) };
}
