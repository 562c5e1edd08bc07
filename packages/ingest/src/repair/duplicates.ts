import type { Edit } from "./types";
import { normalise, paragraphs } from "./paragraphs";

/** The heading a verbatim record puts before its agenda item. */
const AGENDA_HEAD = /^(?:Agenda|Adoption of the agenda|The agenda was adopted\.)$/u;

/**
 * Finds paragraphs repeated later in the text (a lead paragraph, a photo caption) and excises
 * each later copy, with the blank lines before it. Only paragraphs of at least 4 words and 20
 * characters that do not end with a comma, colon or semicolon (a salutation, a label) count, and
 * the comparison is exact after normalising whitespace. A verbatim record's agenda item given again
 * after "The agenda was adopted." is the record's layout, not a repeat.
 */
export function detectDuplicates(text: string): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<string>();
  const paras = paragraphs(text);
  paras.forEach((p, idx) => {
    const norm = normalise(p.text);
    // A salutation said twice in a speech ("Excellencies, …, ladies and gentlemen,") or a label
    // before a list (ending with a colon) is the speaker's or the page's own.
    const long = norm.length >= 20 && norm.split(" ").length >= 4 && !/[,:;]$/u.test(norm);
    if (!long) return;
    const prev = paras[idx - 1];
    // A verbatim record gives its agenda item on the cover and again after "The agenda was adopted.": the record's own layout.
    const afterAgenda = prev !== undefined && AGENDA_HEAD.test(normalise(prev.text.slice(prev.text.lastIndexOf("\n") + 1)));
    if (seen.has(norm) && prev && !afterAgenda) {
      edits.push({
        kind: "duplicate-text",
        action: "repaired",
        s: prev.e,
        e: p.e,
        after: "",
        rationale: `The paragraph "${norm.length > 60 ? `${norm.slice(0, 57)}...` : norm}" repeats one given earlier; the later copy is removed.`,
        confidence: 0.9,
      });
    }
    seen.add(norm);
  });
  return edits;
}
