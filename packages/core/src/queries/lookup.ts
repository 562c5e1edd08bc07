import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import type { Organization } from "../schemas/organization";
import type { Participation } from "../schemas/participation";
import type { Person } from "../schemas/person";
import type { Role } from "../schemas/role";
import type { Source } from "../schemas/source";
import type { Figure, Quote, Statement } from "../schemas/speech";
import { groupBy } from "./group";

/** Maps from id to record, and from record to related records, built once per dataset object. */
export interface Lookup {
  meeting: Map<string, Meeting>;
  person: Map<string, Person>;
  organization: Map<string, Organization>;
  role: Map<string, Role>;
  source: Map<string, Source>;
  participation: Map<string, Participation>;
  statement: Map<string, Statement>;
  participationsByMeeting: Map<string, Participation[]>;
  participationsByPerson: Map<string, Participation[]>;
  participationsByOrganization: Map<string, Participation[]>;
  statementsByMeeting: Map<string, Statement[]>;
  quotesByMeeting: Map<string, Quote[]>;
  figuresByMeeting: Map<string, Figure[]>;
  rolesByPerson: Map<string, Role[]>;
}

const cache = new WeakMap<Dataset, Lookup>();

/**
 * A function of a dataset computed once per dataset object, on first use, then cached (the dataset is treated as
 * immutable): for the reverse indexes a query needs (corrections by source, quotes by person…) and for what a front
 * end derives from the whole dataset on many pages (a static build renders thousands of pages from one dataset).
 */
export function perDataset<T>(derive: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const results = new WeakMap<Dataset, { value: T }>();
  return (dataset) => {
    let hit = results.get(dataset);
    if (!hit) {
      hit = { value: derive(dataset) };
      results.set(dataset, hit);
    }
    return hit.value;
  };
}

/**
 * Records by id, for a list that is not a dataset's (an ingest draft's records, a loosely read dataset): build it
 * once, then `.get(id)` where a `.find((r) => r.id === id)` would scan. A dataset's own collections have theirs in
 * `lookup(dataset)`. With two records of one id, the last wins.
 */
export function indexById<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** The lookup tables of `dataset` (built on first use, then cached; the dataset is treated as immutable). */
export function lookup(dataset: Dataset): Lookup {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const built: Lookup = {
    meeting: indexById(dataset.meetings),
    person: indexById(dataset.people),
    organization: indexById(dataset.organizations),
    role: indexById(dataset.roles),
    source: indexById(dataset.sources),
    participation: indexById(dataset.participations),
    statement: indexById(dataset.statements),
    participationsByMeeting: groupBy(dataset.participations, (p) => p.meeting),
    participationsByPerson: groupBy(dataset.participations, (p) => p.person),
    participationsByOrganization: groupBy(dataset.participations, (p) => p.organization),
    statementsByMeeting: groupBy(dataset.statements, (s) => s.meeting),
    quotesByMeeting: groupBy(dataset.quotes, (q) => q.meeting),
    figuresByMeeting: groupBy(dataset.figures, (f) => f.meeting),
    rolesByPerson: groupBy(dataset.roles, (r) => r.person),
  };
  cache.set(dataset, built);
  return built;
}
