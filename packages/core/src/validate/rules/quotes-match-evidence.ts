import { applyCorrections } from "../../text/corrections";
import { ruleContext } from "../context";
import type { Problem, Rule } from "../problem";

/** A quote's text is the repaired source text at its first span: verbatim, with only recorded repairs. */
export const quotesMatchEvidence: Rule = {
  id: "quotes-match-evidence",
  description: "Every quote's text equals the source text at its first evidence span, with the source's recorded repairs applied.",
  check(dataset, context = ruleContext(dataset)) {
    const problems: Problem[] = [];
    const texts = context.texts();
    dataset.quotes.forEach((quote, i) => {
      const span = quote.evidence[0];
      const text = texts.text.get(span.source);
      // Stryker disable next-line ConditionalExpression: without the guard, applyCorrections throws on the missing text and the catch below returns
      if (text === undefined) return; // reported by evidence-matches-source
      // Stryker disable next-line ArrayDeclaration: a stand-in element has no `action`, so applyCorrections filters it out like an empty list
      const corrections = texts.corrections.get(span.source) ?? [];
      let expected: string;
      try {
        expected = applyCorrections(text, corrections, span.start, span.end);
      } catch {
        return; // out-of-range spans are reported by evidence-matches-source
      }
      if (expected !== quote.text) {
        problems.push({ rule: this.id, path: ["quotes", i, "text"], message: `quote text differs from the repaired source at its span: expected ${JSON.stringify(expected)}` });
      }
    });
    return problems;
  },
};
