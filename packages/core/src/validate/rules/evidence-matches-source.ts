import type { SpanEvidence } from "../../schemas/evidence";
import { type EvidenceRecord, ruleContext } from "../context";
import type { Problem, Rule } from "../problem";

/** Every span's exact text (and prefix and suffix) is the archived source text at that span. */
export const evidenceMatchesSource: Rule = {
  id: "evidence-matches-source",
  description: "Every evidence span points into an archived source, and its exact text, prefix and suffix equal the source text there.",
  check(dataset, context = ruleContext(dataset)) {
    const problems: Problem[] = [];
    const texts = context.texts();
    const report = (record: object, message: string, key = "exact") => problems.push({ rule: this.id, path: [...context.pathOf(record as EvidenceRecord), key], message });
    for (const record of context.evidence()) {
      if (record.kind !== "span" || typeof record.start !== "number") continue;
      const span = record as unknown as SpanEvidence;
      if (!texts.known.has(span.source)) continue; // an unknown source is reported by references-resolve
      const text = texts.text.get(span.source);
      if (text === undefined) {
        report(span, `source "${span.source}" has no archived text to point into; cite it instead`, "source");
        continue;
      }
      const length = text.length;
      if (span.end > length) {
        report(span, `span [${span.start}, ${span.end}) ends past the source's ${length} code points`, "end");
        continue;
      }
      // Compared in place: a slice is made only to describe a mismatch.
      if (!text.spells(span.start, span.end, span.exact)) report(span, `exact text ${JSON.stringify(span.exact)} differs from the source at [${span.start}, ${span.end}): ${JSON.stringify(text.slice(span.start, span.end))}`);
      if (span.prefix !== undefined && !text.precededBy(span.start, span.prefix)) report(span, `prefix ${JSON.stringify(span.prefix)} does not come right before the span`, "prefix");
      if (span.suffix !== undefined && !text.followedBy(span.end, span.suffix)) report(span, `suffix ${JSON.stringify(span.suffix)} does not come right after the span`, "suffix");
    }
    return problems;
  },
};
