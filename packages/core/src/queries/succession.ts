import type { Dataset } from "../schemas/dataset";
import type { Person } from "../schemas/person";
import type { Role } from "../schemas/role";
import { lookup } from "./lookup";

/** A post whose holders follow one another: an organization and the role titles that name it. */
export interface Post {
  /** Id of the organization. */
  organization: string;
  /** Role titles (normalised) that count as holding the post, e.g. "Chair", "Acting Chair". */
  titles: readonly string[];
  /** What to call the post's holders, for headings ("Chairs of the Counter-Terrorism Committee"). */
  label?: string | undefined;
}

/** The Chair of the Counter-Terrorism Committee (acting chairs included). */
export const CTC_CHAIR: Post = { organization: "ctc", titles: ["Chair", "Acting Chair"], label: "Chairs of the Counter-Terrorism Committee" };

/** The head of CTED: the Executive Director, acting or not, and an Officer-in-Charge. */
export const CTED_HEAD: Post = {
  organization: "cted",
  titles: ["Executive Director", "Officer-in-Charge"],
  label: "Heads of the Counter-Terrorism Committee Executive Directorate (CTED)",
};

/** One person's time in a post, as the record knows it. */
export interface Tenure {
  person: Person;
  /** The roles behind it (one post may be recorded by several sources). */
  roles: Role[];
  /** The role titles held, e.g. ["Executive Director"]. */
  titles: string[];
  /** `acting` when every role behind it is acting. */
  tenure: "substantive" | "acting";
  /** First and last day the post is observed at a meeting or in a source. */
  observed: { start?: string | undefined; end?: string | undefined };
  /** The term a source states (partial dates: YYYY, YYYY-MM or YYYY-MM-DD), where one does. */
  term: { start?: string | undefined; end?: string | undefined };
  /** Sort key and the start to draw: the stated term's start, else the first observation. */
  start: string;
  /** The end to draw: the stated term's end, else the last observation. */
  end: string;
}

const min = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);
const max = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);

/**
 * The holders of a post over time, earliest first: one entry per person and kind of tenure (a person who
 * acted before being appointed appears twice), built from every role of the post, with the observed
 * dates (first and last meeting) kept apart from the term a source states.
 */
export function succession(dataset: Dataset, post: Post): Tenure[] {
  const l = lookup(dataset);
  const groups = new Map<string, Role[]>();
  for (const role of dataset.roles) {
    if (role.organization !== post.organization || !post.titles.includes(role.title)) continue;
    const key = `${role.person}\u0000${role.tenure}`;
    groups.set(key, [...(groups.get(key) ?? []), role]);
  }
  const tenures: Tenure[] = [];
  for (const roles of groups.values()) {
    const person = l.person.get(roles[0]!.person);
    if (!person) continue;
    let observed: Tenure["observed"] = {};
    let term: Tenure["term"] = {};
    for (const r of roles) {
      observed = { start: min(observed.start, r.start), end: max(observed.end, r.end) };
      if (r.term) term = { start: min(term.start, r.term.start), end: max(term.end, r.term.end) };
    }
    const start = term.start ?? observed.start;
    if (start === undefined) continue;
    const end = term.end ?? observed.end ?? start;
    tenures.push({
      person,
      roles,
      titles: [...new Set(roles.map((r) => r.title))],
      tenure: roles.every((r) => r.tenure === "acting") ? "acting" : "substantive",
      observed,
      term,
      start,
      end,
    });
  }
  return tenures.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.person.id.localeCompare(b.person.id));
}
