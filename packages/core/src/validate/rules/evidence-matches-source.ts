import type { SpanEvidence } from "../../schemas/evidence";
import { ruleContext } from "../context";
import type { Problem, Rule } from "../problem";

/** Number of code points in `text` (a surrogate pair counts once), without allocating. */
function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Every span's exact text (and prefix and suffix) is the archived source text at that span. */
export const evidenceMatchesSource: Rule = {
  id: "evidence-matches-source",
  description: "Every evidence span points into an archived source, and its exact text, prefix and suffix equal the source text there.",
  check(dataset, context = ruleContext(dataset)) {
    const problems: Problem[] = [];
    const texts = context.texts();
    for (const { record, path } of context.evidence()) {
      if (record.kind !== "span" || typeof record.start !== "number") continue;
      const span = record as unknown as SpanEvidence;
      const report = (message: string, key = "exact") => problems.push({ rule: this.id, path: [...path, key], message });
      if (!texts.known.has(span.source)) continue; // an unknown source is reported by references-resolve
      const text = texts.text.get(span.source);
      if (text === undefined) {
        report(`source "${span.source}" has no archived text to point into; cite it instead`, "source");
        continue;
      }
      const length = text.length;
      if (span.end > length) {
        report(`span [${span.start}, ${span.end}) ends past the source's ${length} code points`, "end");
        continue;
      }
      const actual = text.slice(span.start, span.end);
      if (actual !== span.exact) report(`exact text ${JSON.stringify(span.exact)} differs from the source at [${span.start}, ${span.end}): ${JSON.stringify(actual)}`);
      if (span.prefix !== undefined) {
        const n = countCodePoints(span.prefix);
        const before = span.start >= n ? text.slice(span.start - n, span.start) : null;
        if (before !== span.prefix) report(`prefix ${JSON.stringify(span.prefix)} does not come right before the span`, "prefix");
      }
      if (span.suffix !== undefined) {
        const n = countCodePoints(span.suffix);
        const after = span.end + n <= length ? text.slice(span.end, span.end + n) : null;
        if (after !== span.suffix) report(`suffix ${JSON.stringify(span.suffix)} does not come right after the span`, "suffix");
      }
    }
    return problems;
  },
};
