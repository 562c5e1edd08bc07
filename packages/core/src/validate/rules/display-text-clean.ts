import { ruleContext } from "../context";
import type { Problem, Rule } from "../problem";

/** No display field contains injected tokens, mojibake, control characters or leftover markup. */
export const displayTextClean: Rule = {
  id: "display-text-clean",
  description: "No display field holds injected tokens, mis-decoded text, control characters or leftover markup (raw source fields excepted).",
  check(dataset, context = ruleContext(dataset)) {
    // The strings are checked in the context's one walk of the dataset (which fields are display text: display-fields.ts).
    return context.textDefects().map(({ path, message }): Problem => ({ rule: this.id, path: [...path], message }));
  },
};
