import type { Dataset } from "../../schemas/dataset";
import type { SpanEvidence } from "../../schemas/evidence";
import { codePointLength } from "../../text/code-points";
import { sourceTexts } from "../source-texts";
import type { Path, Problem, Rule } from "../problem";

/** Calls `visit` on every span evidence in the dataset, with its path. */
export function eachSpan(dataset: Dataset, visit: (span: SpanEvidence, path: Path) => void): void {
  const walk = (value: unknown, path: Path) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (record.kind === "span" && typeof record.source === "string" && typeof record.start === "number") {
        visit(record as unknown as SpanEvidence, path);
        return;
      }
      for (const [k, v] of Object.entries(record)) if (k !== "archive") walk(v, [...path, k]);
    }
  };
  walk(dataset, []);
}

/** Every span's exact text (and prefix and suffix) is the archived source text at that span. */
export const evidenceMatchesSource: Rule = {
  id: "evidence-matches-source",
  description: "Every evidence span points into an archived source, and its exact text, prefix and suffix equal the source text there.",
  check(dataset) {
    const problems: Problem[] = [];
    const texts = sourceTexts(dataset);
    eachSpan(dataset, (span, path) => {
      const report = (message: string, key = "exact") => problems.push({ rule: this.id, path: [...path, key], message });
      if (!texts.known.has(span.source)) return; // an unknown source is reported by references-resolve
      const text = texts.text.get(span.source);
      if (text === undefined) return report(`source "${span.source}" has no archived text to point into; cite it instead`, "source");
      const length = text.length;
      if (span.end > length) return report(`span [${span.start}, ${span.end}) ends past the source's ${length} code points`, "end");
      const actual = text.slice(span.start, span.end);
      if (actual !== span.exact) report(`exact text ${JSON.stringify(span.exact)} differs from the source at [${span.start}, ${span.end}): ${JSON.stringify(actual)}`);
      if (span.prefix !== undefined) {
        const n = codePointLength(span.prefix);
        const before = span.start >= n ? text.slice(span.start - n, span.start) : null;
        if (before !== span.prefix) report(`prefix ${JSON.stringify(span.prefix)} does not come right before the span`, "prefix");
      }
      if (span.suffix !== undefined) {
        const n = codePointLength(span.suffix);
        const after = span.end + n <= length ? text.slice(span.end, span.end + n) : null;
        if (after !== span.suffix) report(`suffix ${JSON.stringify(span.suffix)} does not come right after the span`, "suffix");
      }
    });
    return problems;
  },
};
