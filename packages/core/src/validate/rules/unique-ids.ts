import { COLLECTIONS } from "../../collections";
import type { Rule } from "../problem";

/** Ids are unique within each collection, and session and media ids within their meeting. */
export const uniqueIds: Rule = {
  id: "unique-ids",
  description: "Every id is unique within its collection (sessions and media links: within their meeting).",
  check(dataset) {
    const problems: ReturnType<Rule["check"]> = [];
    const once = (ids: { id: string }[], path: (string | number)[], what: string) => {
      const seen = new Map<string, number>();
      ids.forEach((item, index) => {
        const first = seen.get(item.id);
        if (first === undefined) seen.set(item.id, index);
        else problems.push({ rule: this.id, path: [...path, index, "id"], message: `duplicate ${what} id "${item.id}" (first at index ${first})` });
      });
    };
    for (const name of COLLECTIONS) once(dataset[name], [name], name);
    dataset.meetings.forEach((m, i) => {
      once(m.sessions, ["meetings", i, "sessions"], "session");
      once(m.media, ["meetings", i, "media"], "media link");
    });
    return problems;
  },
};
