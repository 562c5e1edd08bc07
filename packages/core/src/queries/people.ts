import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import type { Organization } from "../schemas/organization";
import type { Participation } from "../schemas/participation";
import type { Person } from "../schemas/person";
import type { Role } from "../schemas/role";
import type { Quote } from "../schemas/speech";
import { normalizeName } from "../text/names";
import { groupBy } from "./group";
import { lookup, perDataset } from "./lookup";

/** The person with this id, or `undefined`. */
export function getPerson(dataset: Dataset, id: string): Person | undefined {
  return lookup(dataset).person.get(id);
}

/**
 * The people whose name (or another spelling of it) holds every word of `name`, in any order, ignoring
 * case, accents, punctuation and honorifics ("voronkov", "H.E. Mr. Aboulatta"), sorted by sort name.
 */
export function findPeople(dataset: Dataset, name: string): Person[] {
  const wanted = normalizeName(name).split(" ").filter((w) => w !== "");
  if (wanted.length === 0) return [];
  const matches = (candidate: string) => {
    const words = new Set(normalizeName(candidate).split(" "));
    return wanted.every((w) => words.has(w));
  };
  return peopleByName(dataset).filter((p) => [p.name, ...p.alternateNames].some(matches));
}

/** People sorted by sort name. */
export function peopleByName(dataset: Dataset): Person[] {
  return [...dataset.people].sort((a, b) => a.sortName.localeCompare(b.sortName));
}

/** A person's posts, earliest first (undated last). */
export function personRoles(dataset: Dataset, personId: string): Role[] {
  return [...(lookup(dataset).rolesByPerson.get(personId) ?? [])].sort((a, b) =>
    (a.start ?? "9999").localeCompare(b.start ?? "9999") || a.id.localeCompare(b.id),
  );
}

/** The posts a person is known to have held on `date` (YYYY-MM-DD). */
export function rolesAt(dataset: Dataset, personId: string, date: string): Role[] {
  return personRoles(dataset, personId).filter((r) => (r.start === undefined || r.start <= date) && (r.end === undefined || date <= r.end));
}

/** One appearance of a person at a meeting. */
export interface Appearance {
  meeting: Meeting;
  participation: Participation;
  /** The posts the participation names: the ones the source gives the person at that meeting. */
  roles: Role[];
  /**
   * The person's post(s) at the time: the `roles` the source gives at the meeting, or, when it gives
   * none, the posts the person is known to have held on the meeting's first day (see `postsStated`).
   */
  posts: Role[];
  /** `true` when `posts` are stated for this meeting; `false` when they come from the dates of the person's posts. */
  postsStated: boolean;
  /** The organization the person represented, when recorded. */
  organization: Organization | undefined;
}

/** Every meeting a person took part in, oldest first, with the post(s) they held at the time. */
export function personAppearances(dataset: Dataset, personId: string): Appearance[] {
  const l = lookup(dataset);
  return (l.participationsByPerson.get(personId) ?? [])
    .flatMap((participation) => {
      const meeting = l.meeting.get(participation.meeting);
      if (!meeting) return [];
      const roles = participation.roles.flatMap((r) => l.role.get(r) ?? []);
      const postsStated = roles.length > 0;
      const posts = postsStated ? roles : rolesAt(dataset, personId, meeting.dates.value.start);
      const organization = participation.organization === undefined ? undefined : l.organization.get(participation.organization);
      return [{ meeting, participation, roles, posts, postsStated, organization }];
    })
    .sort((a, b) => a.meeting.dates.value.start.localeCompare(b.meeting.dates.value.start));
}

/** Every quote of a person, oldest meeting first. */
export function personQuotes(dataset: Dataset, personId: string): Quote[] {
  const l = lookup(dataset);
  const date = (q: Quote) => l.meeting.get(q.meeting)?.dates.value.start ?? "";
  return [...(quotesByPerson(dataset).get(personId) ?? [])].sort((a, b) => date(a).localeCompare(date(b)));
}

/** Quotes by the person of their participation, in dataset order (built once per dataset). */
const quotesByPerson = perDataset((dataset) => {
  const l = lookup(dataset);
  // A document's quote has no participation: it is nobody's.
  return groupBy(dataset.quotes, (q) => (q.participation === undefined ? undefined : l.participation.get(q.participation)?.person));
});

/** Words that do not change a post's name ("Minister for External Affairs" is "External Affairs Minister"). */
const POST_FILLER = new Set(["of", "for", "the", "and"]);

/**
 * The key of a post: person, organization, tenure and the words of the normalised title, case-folded,
 * hyphens and word order ignored ("Secretary General" = "Secretary-General").
 */
export function postKey(role: Role): string {
  const words = role.title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !POST_FILLER.has(w))
    .sort();
  return [role.person, role.organization, role.tenure, words.join(" ")].join("\u0000");
}

/**
 * Roles that record one post of one person more than once (same organization, title and tenure): each
 * group should be one role whose observed dates, term and evidence are the union of the group's.
 */
export function samePostRoles(dataset: Dataset): Role[][] {
  const groups = new Map<string, Role[]>();
  for (const role of dataset.roles) {
    const key = postKey(role);
    groups.set(key, [...(groups.get(key) ?? []), role]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
