import { ruleContext } from "../context";
import type { Problem, Rule } from "../problem";

/** A correction's `before` is the source text at its span, and the repairs of one source do not overlap. */
export const correctionsMatchSource: Rule = {
  id: "corrections-match-source",
  description: "Every correction's span lies in an archived source whose text there equals `before`; repairs of a source do not overlap.",
  check(dataset, context = ruleContext(dataset)) {
    const problems: Problem[] = [];
    const texts = context.texts();
    const bySource = new Map<string, { start: number; end: number; index: number }[]>();
    dataset.corrections.forEach((c, i) => {
      const text = texts.text.get(c.source);
      if (!texts.known.has(c.source)) return; // reported by references-resolve
      if (text === undefined) {
        problems.push({ rule: this.id, path: ["corrections", i, "source"], message: `source "${c.source}" has no archived text to correct` });
        return;
      }
      const length = text.length;
      if (c.end > length) {
        problems.push({ rule: this.id, path: ["corrections", i, "end"], message: `span [${c.start}, ${c.end}) ends past the source's ${length} code points` });
        return;
      }
      const actual = text.slice(c.start, c.end);
      if (actual !== c.before) {
        problems.push({ rule: this.id, path: ["corrections", i, "before"], message: `before ${JSON.stringify(c.before)} differs from the source at [${c.start}, ${c.end}): ${JSON.stringify(actual)}` });
      }
      if (c.action === "repaired") {
        const list = bySource.get(c.source) ?? [];
        list.push({ start: c.start, end: c.end, index: i });
        bySource.set(c.source, list);
      }
    });
    for (const list of bySource.values()) {
      list.sort((a, b) => a.start - b.start || a.end - b.end);
      for (let k = 1; k < list.length; k++) {
        const prev = list[k - 1]!;
        const cur = list[k]!;
        const overlaps = cur.start < prev.end || (cur.start === prev.start && cur.end === cur.start && prev.end === prev.start);
        if (overlaps) {
          problems.push({ rule: this.id, path: ["corrections", cur.index, "start"], message: `overlaps the repair at corrections[${prev.index}]` });
        }
      }
    }
    return problems;
  },
};
