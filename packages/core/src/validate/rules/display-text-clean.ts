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
    const walk = (value: unknown, path: Path, raw: boolean) => {
      if (typeof value === "string") {
        const defect = raw ? undefined : textDefect(value);
        if (defect) problems.push({ rule: this.id, path, message: defect });
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, [...path, i], raw));
      } else if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>;
        // A flagged correction leaves the text as it was: its `after` is raw text too.
        const flagged = record.action === "flagged";
        for (const [k, v] of Object.entries(record)) {
          if (RAW_KEYS.has(k)) continue;
          walk(v, [...path, k], raw || (flagged && k === "after"));
        }
      }
    };
    walk(dataset, [], false);
    return problems;
  },
};
