// A synthetic dataset for benchmarks and scale tests: the meetings of a seed dataset cloned with new
// ids, earlier dates and new people (and their roles), so the result stays valid. Sources,
// corrections and organizations are shared by the clones (evidence still points into the seed's texts).
import type { Dataset, Meeting, Participation } from "@briefings/core";

const DAY = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Letters for the n-th clone (0 → "a", 25 → "z", 26 → "ba"...), so clone names stay plain words. */
function letters(n: number): string {
  let out = "";
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}

/** The records of one cloned meeting. */
export interface SyntheticClone {
  meeting: Meeting;
  people: Dataset["people"];
  roles: Dataset["roles"];
  participations: Dataset["participations"];
  statements: Dataset["statements"];
  quotes: Dataset["quotes"];
  figures: Dataset["figures"];
}

/** Clones meetings of a seed dataset, one at a time. */
export class SyntheticCloner {
  private readonly templates;
  private readonly person;
  private readonly role;

  /** Prepares to clone the meetings of `seed` (which must have at least one meeting). */
  constructor(seed: Dataset) {
    if (seed.meetings.length === 0) throw new Error("the seed has no meeting to clone");
    this.templates = seed.meetings.map((m) => ({
      meeting: m,
      participations: seed.participations.filter((p) => p.meeting === m.id),
      statements: seed.statements.filter((s) => s.meeting === m.id),
      quotes: seed.quotes.filter((q) => q.meeting === m.id),
      figures: seed.figures.filter((f) => f.meeting === m.id),
    }));
    this.person = new Map(seed.people.map((p) => [p.id, p]));
    this.role = new Map(seed.roles.map((r) => [r.id, r]));
  }

  /**
   * The k-th clone (k ≥ 1) of the seed's meetings taken in turn: one day earlier per round than its template,
   * ids suffixed `-s<k>`, people renamed `<name> <Letters>` with their roles re-dated to the meeting.
   */
  clone(k: number): SyntheticClone {
    const template = this.templates[(k - 1) % this.templates.length]!;
    // Clones go back in time: a source reporting a meeting is published on or after it, and the sources
    // (and their publication dates) are shared with the template.
    const shift = -(Math.floor((k - 1) / this.templates.length) + 1);
    const suffix = `-s${k}`;
    const id = (old: string) => `${old}${suffix}`;
    const m = structuredClone(template.meeting);
    const start = addDays(m.dates.value.start, shift);
    const end = addDays(m.dates.value.end, shift);
    m.id = id(m.id);
    m.dates.value = { start, end };
    for (const s of m.sessions) if (s.date !== undefined) s.date = addDays(s.date, shift);
    for (const l of m.venue?.value.locations ?? []) if (l.dates) l.dates = { start: addDays(l.dates.start, shift), end: addDays(l.dates.end, shift) };
    // Related meetings are not cloned: a clone relates to nothing.
    m.related = [];

    const out: SyntheticClone = { meeting: m, people: [], roles: [], participations: [], statements: [], quotes: [], figures: [] };
    const tag = letters(k).replace(/^./, (c) => c.toUpperCase());
    const personIds = new Map<string, string>();
    for (const p of template.participations) {
      const original = p.person === undefined ? undefined : this.person.get(p.person);
      if (!original || personIds.has(original.id)) continue;
      const clone = structuredClone(original);
      clone.id = id(original.id);
      clone.name = `${original.name} ${tag}`;
      clone.sortName = `${original.sortName} ${tag}`;
      if (clone.familyName !== undefined) clone.familyName = `${clone.familyName} ${tag}`;
      clone.alternateNames = clone.alternateNames.map((n) => `${n} ${tag}`);
      out.people.push(clone);
      personIds.set(original.id, clone.id);
    }
    const roleIds = new Map<string, string>();
    for (const r of template.participations.flatMap((p) => p.roles)) {
      const original = this.role.get(r);
      if (!original || roleIds.has(r)) continue;
      const clone = structuredClone(original);
      clone.id = id(original.id);
      clone.person = personIds.get(original.person) ?? original.person;
      clone.start = start;
      clone.end = end;
      out.roles.push(clone);
      roleIds.set(r, clone.id);
    }
    for (const p of template.participations) {
      const clone: Participation = structuredClone(p);
      clone.id = id(p.id);
      clone.meeting = m.id;
      if (p.person !== undefined) clone.person = personIds.get(p.person) ?? p.person;
      clone.roles = p.roles.map((r) => roleIds.get(r) ?? r);
      out.participations.push(clone);
    }
    for (const s of template.statements) out.statements.push({ ...structuredClone(s), id: id(s.id), meeting: m.id, participation: id(s.participation) });
    for (const q of template.quotes) {
      out.quotes.push({ ...structuredClone(q), id: id(q.id), meeting: m.id, participation: id(q.participation), ...(q.statement === undefined ? {} : { statement: id(q.statement) }) });
    }
    for (const f of template.figures) {
      const clone = { ...structuredClone(f), id: id(f.id), meeting: m.id, ...(f.participation === undefined ? {} : { participation: id(f.participation) }) };
      if (clone.asOf !== undefined) clone.asOf = addDays(clone.asOf, shift);
      out.figures.push(clone);
    }
    return out;
  }
}

/**
 * A dataset of `count` meetings: the seed's, then clones (see `SyntheticCloner.clone`). Sources,
 * corrections and organizations are shared, so evidence still points into the seed's archived texts.
 */
export function syntheticDataset(seed: Dataset, count: number): Dataset {
  const out: Dataset = structuredClone(seed);
  const cloner = new SyntheticCloner(seed);
  for (let k = 1; out.meetings.length < count; k++) {
    const c = cloner.clone(k);
    out.meetings.push(c.meeting);
    out.people.push(...c.people);
    out.roles.push(...c.roles);
    out.participations.push(...c.participations);
    out.statements.push(...c.statements);
    out.quotes.push(...c.quotes);
    out.figures.push(...c.figures);
  }
  return out;
}
