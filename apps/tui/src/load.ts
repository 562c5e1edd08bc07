// Loading another dataset file (--data / BRIEFINGS_DATASET): read, parse, validate, or say why not.
// A file that carries proof that this validator already accepted it (core's `<file>.verified.json`) is
// only parsed; another is validated (with a progress bar on a terminal) and gets its proof when valid.
import type { Dataset } from "@briefings/core";
import { loadDatasetFile as loadTrusted } from "@briefings/core/trust";
import { sanitizeText } from "./lib/sanitize";

/** A loaded dataset, or every reason it cannot be used. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Where progress goes: a terminal gets a bar that redraws in place; anything else gets nothing. */
export interface ProgressOutput {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
  write(text: string): unknown;
}

/** A progress bar for the validation steps, drawn on one line of `out` (when it is a terminal). */
export function progressBar(file: string, out: ProgressOutput | undefined): ((step: string, done: number, total: number) => void) | undefined {
  if (!out?.isTTY) return undefined;
  const width = 20;
  return (step, done, total) => {
    if (step === "done") {
      out.write("\r\x1b[2K");
      return;
    }
    const filled = Math.round((done / total) * width);
    const line = `validating ${file} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${step}`;
    out.write(`\r\x1b[2K${sanitizeText(line).slice(0, Math.max(10, (out.columns ?? 80) - 1))}`);
  };
}

/** Reads a dataset file; validates it (schemas and every cross-record rule) unless its proof matches. */
export async function loadDatasetFile(file: string, progress: ProgressOutput | undefined = process.stderr): Promise<LoadResult> {
  const result = await loadTrusted(file, { progress: progressBar(file, progress) });
  if (result.ok) return { ok: true, dataset: result.dataset };
  switch (result.stage) {
    case "read": {
      const code = result.message;
      return { ok: false, errors: [`${file}: cannot read the file (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? "unknown error")})`] };
    }
    case "json":
      return { ok: false, errors: [`${file}: not valid JSON: ${sanitizeText(result.message ?? "")}`] };
    case "validate": {
      const { formatPath } = await import("@briefings/core/validate");
      // Messages can quote the data: they are untrusted text like the rest.
      return { ok: false, errors: (result.problems ?? []).map((p) => sanitizeText(`${file}: ${formatPath(p.path)}: ${p.message} [${p.rule}]`)) };
    }
  }
}
