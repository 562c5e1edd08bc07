import { textDefect } from "../../text/hygiene";
import type { Path, Problem, Rule } from "../problem";

// Fields that hold raw source text on purpose: damage there is the record of the damage.
const RAW_KEYS = new Set(["archive", "exact", "prefix", "suffix", "before"]);

/** No display field contains injected tokens, mojibake, control characters or leftover markup. */
export const displayTextClean: Rule = {
  id: "display-text-clean",
  description: "No display field holds injected tokens, mis-decoded text, control characters or leftover markup (raw source fields excepted).",
  check(dataset) {
    const problems: Problem[] = [];
    // One path array for the whole walk, copied only for a problem.
    const path: Path = [];
    const walk = (value: unknown, raw: boolean) => {
      if (typeof value === "string") {
        if (raw) return;
        const defect = textDefect(value);
        if (defect) problems.push({ rule: this.id, path: [...path], message: defect });
      } else if (Array.isArray(value)) {
        // Stryker disable next-line EqualityOperator: one more step walks `undefined`, which is neither text nor a container
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(value[i], raw);
          path.pop();
        }
      } else if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>;
        // A flagged correction leaves the text as it was: its `after` is raw text too.
        const flagged = record.action === "flagged";
        for (const k in record) {
          if (RAW_KEYS.has(k)) continue;
          path.push(k);
          walk(record[k], raw || (flagged && k === "after"));
          path.pop();
        }
      }
    };
    walk(dataset, false);
    return problems;
  },
};
