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
      const names = [person.name, ...person.alternateNames];
      names.forEach((name, k) => {
        const key = normalizeName(name);
        const other = owner.get(key);
        if (other !== undefined && other !== person.id) {
          // The path names the field that holds the name: `name`, or the alternate name's index.
          const path = k === 0 ? ["people", i, "name"] : ["people", i, "alternateNames", k - 1];
          problems.push({ rule: this.id, path, message: `"${name}" normalises like a name of "${other}": the same person twice?` });
        } else owner.set(key, person.id);
      });
    });
    return problems;
  },
};
