// People and their posts: existing people are linked by normalised name (or alternate name), new
// ones become records; a post held on the meeting's dates is reused, others become new roles.
import { normalizeName } from "@briefings/core";
import type { PersonFact } from "../extract";
import { slugify } from "../extract/text";
import type { DraftContext, DraftLink, Person, Role } from "./types";

/** The people named in the text, with the id each gets (existing or new). */
export function buildPeople({ dataset, x, recorder }: DraftContext): { ids: Map<PersonFact, string>; links: DraftLink[]; records: Person[] } {
  const { ev } = recorder;
  const peopleIndex = new Map<string, string>();
  for (const p of dataset.people) for (const n of [p.name, ...p.alternateNames]) peopleIndex.set(normalizeName(n), p.id);
  const personIds = new Map<PersonFact, string>();
  const peopleLinks: DraftLink[] = [];
  const newPeople: Person[] = [];
  const takenPersonIds = new Set(dataset.people.map((p) => p.id));
  // A name the text gives longer than the record does ("Ana Ruiz Lopez" for "Ana Ruiz"): the record whose whole name starts it, when only one does.
  const byPrefix = (key: string): string | undefined => {
    const words = key.split(" ");
    const ids = new Set<string>();
    for (let n = words.length - 1; n >= 2; n--) {
      const id = peopleIndex.get(words.slice(0, n).join(" "));
      if (id) ids.add(id);
    }
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  // A name of one word ("Meza-Cuadra" after "H.E."): the record whose name ends with it, when only one does.
  const byFamily = (key: string): string | undefined => {
    if (key.includes(" ") && !/^\S+ \S+$/u.test(key)) return undefined;
    const ids = new Set<string>();
    for (const [name, id] of peopleIndex) if (name.endsWith(` ${key}`)) ids.add(id);
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  for (const p of x.people) {
    const key = normalizeName(p.name);
    const existing = peopleIndex.get(key) ?? byPrefix(key) ?? (p.givenName === undefined ? byFamily(key) : undefined);
    let id = existing ?? slugify(p.name, 6);
    if (!existing) {
      for (let n = 2; takenPersonIds.has(id); n++) id = `${slugify(p.name, 6)}-${n}`;
      takenPersonIds.add(id);
      const { evidence } = ev(p.spans.slice(0, 3), 1);
      newPeople.push({
        id,
        name: p.name,
        ...(p.givenName ? { givenName: p.givenName } : {}),
        ...(p.familyName ? { familyName: p.familyName } : {}),
        sortName: p.familyName && p.givenName ? `${p.familyName}, ${p.givenName}` : p.name,
        alternateNames: [],
        evidence,
      });
    }
    personIds.set(p, id);
    peopleLinks.push({ id, existing: existing !== undefined, name: p.name });
  }
  return { ids: personIds, links: peopleLinks, records: newPeople };
}

/** The posts stated for each person: existing roles reused, new ones as records. */
export function buildRoles({ dataset, x, recorder, start, end }: DraftContext, personIds: ReadonlyMap<PersonFact, string>): { idsOf: Map<PersonFact, string[]>; links: DraftLink[]; records: Role[] } {
  const { ev } = recorder;
  const roleLinks: DraftLink[] = [];
  const newRoles: Role[] = [];
  const roleIdsOf = new Map<PersonFact, string[]>();
  const takenRoleIds = new Set(dataset.roles.map((r) => r.id));
  for (const p of x.people) {
    const personId = personIds.get(p)!;
    const ids: string[] = [];
    for (const r of p.roles) {
      const existing = dataset.roles.find(
        (d) =>
          d.person === personId &&
          d.organization === r.org.id &&
          (d.title === r.title || d.titleAsStated === r.titleAsStated) &&
          start !== undefined &&
          (d.start === undefined || d.start <= start) &&
          (d.end === undefined || end === undefined || d.end >= end),
      );
      if (existing) {
        ids.push(existing.id);
        roleLinks.push({ id: existing.id, existing: true });
        continue;
      }
      const base = `${personId}-${slugify(r.title, 4)}-${r.org.id}`.slice(0, 100).replace(/-+$/u, "");
      let id = base;
      for (let n = 2; takenRoleIds.has(id); n++) id = `${base}-${start ?? n}${n > 2 ? `-${n}` : ""}`;
      takenRoleIds.add(id);
      const { evidence, confidence } = ev([r.span], 0.9);
      newRoles.push({
        id,
        person: personId,
        organization: r.org.id,
        title: r.title,
        titleAsStated: r.titleAsStated,
        ...(p.honorific ? { honorific: p.honorific } : {}),
        tenure: r.tenure,
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        evidence,
        confidence,
      });
      ids.push(id);
      roleLinks.push({ id, existing: false });
    }
    roleIdsOf.set(p, ids);
  }
  return { idsOf: roleIdsOf, links: roleLinks, records: newRoles };
}
