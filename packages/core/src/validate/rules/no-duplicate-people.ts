import { normalizeName } from "../../text/names";
import type { Problem, Rule } from "../problem";

/** One record per person: two ids whose names (or alternate names) normalise alike are likely duplicates. */
export const noDuplicatePeople: Rule = {
  id: "no-duplicate-people",
  description: "No two people share a normalised name or alternate name (same person, two ids).",
  check(dataset) {
    const problems: Problem[] = [];
    const owner = new Map<string, string>();
    dataset.people.forEach((person, i) => {
      for (const name of [person.name, ...person.alternateNames]) {
        const key = normalizeName(name);
        const other = owner.get(key);
        if (other !== undefined && other !== person.id) {
          problems.push({ rule: this.id, path: ["people", i, "name"], message: `"${name}" normalises like a name of "${other}": the same person twice?` });
        } else owner.set(key, person.id);
      }
    });
    return problems;
  },
};
