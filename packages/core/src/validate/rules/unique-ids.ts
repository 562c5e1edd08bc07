import { ruleContext } from "../context";
import { COLLECTIONS } from "../../collections";
import type { Rule } from "../problem";

/** Ids are unique within each collection, and session and media ids within their meeting. */
export const uniqueIds: Rule = {
  id: "unique-ids",
  description: "Every id is unique within its collection (sessions and media links: within their meeting).",
  check(dataset, context = ruleContext(dataset)) {
    const problems: ReturnType<Rule["check"]> = [];
    const once = (ids: { id: string }[], path: (string | number)[], what: string) => {
      // Stryker disable next-line ConditionalExpression: a fast path (fewer than two ids have no repeat; the loops below find none either)
      if (ids.length < 2) return;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: both ways of finding repeats give the same problems in the same order; the limit only picks the faster
      if (ids.length <= 16) {
        // A few ids (the sessions of a meeting): compare each with those before it.
        for (let index = 1; index < ids.length; index++) {
          const id = ids[index]!.id;
          for (let first = 0; first < index; first++) {
            if (ids[first]!.id !== id) continue;
            problems.push({ rule: this.id, path: [...path, index, "id"], message: `duplicate ${what} id "${id}" (first at index ${first})` });
            break;
          }
        }
        return;
      }
      const seen = new Map<string, number>();
      ids.forEach((item, index) => {
        const first = seen.get(item.id);
        if (first === undefined) seen.set(item.id, index);
        else problems.push({ rule: this.id, path: [...path, index, "id"], message: `duplicate ${what} id "${item.id}" (first at index ${first})` });
      });
    };
    // A collection has a repeated id exactly when it has fewer distinct ids than records.
    const positions = context.positions();
    // Stryker disable next-line ConditionalExpression: a fast path (a collection without repeats gives no problem when searched anyway)
    for (const name of COLLECTIONS) if (positions[name].size !== dataset[name].length) once(dataset[name], [name], name);
    dataset.meetings.forEach((m, i) => {
      once(m.sessions, ["meetings", i, "sessions"], "session");
      once(m.media, ["meetings", i, "media"], "media link");
    });
    return problems;
  },
};
