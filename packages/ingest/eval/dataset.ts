// The curated dataset as the evaluation reads it: loosely (only the fields it needs), because the
// record grows on another branch and its schema gains fields before this package's core knows them.
// Also: the dataset as it was before a page was curated (the page's meetings held out), which is
// what the ingest would have linked to when a curator first ran it on the page.
import { readFileSync } from "node:fs";

/** Evidence: a span in an archived text, or a citation of a source. */
export interface LooseEvidence {
  kind: string;
  source?: string;
  start?: number;
  end?: number;
  locator?: string;
}
/** A fact with its evidence. */
export interface LooseAttested<T> {
  value: T;
  evidence?: LooseEvidence[];
  alternatives?: { value: T; evidence?: LooseEvidence[] }[];
}
/** The fields of a meeting the evaluation reads. */
export interface LooseMeeting {
  id: string;
  title: LooseAttested<string>;
  alternateTitles?: LooseAttested<string>[];
  dates: LooseAttested<{ start: string; end: string }>;
  type: LooseAttested<string>;
  venue?: LooseAttested<{ mode: string; locations?: { name?: string; city?: string; country?: string }[] }>;
  sources?: string[];
  review?: { state?: string };
}
export interface LooseParticipation {
  id: string;
  meeting: string;
  person?: string;
  roles?: string[];
  organization?: string;
  description?: string;
  evidence?: LooseEvidence[];
}
export interface LoosePerson {
  id: string;
  name: string;
  alternateNames?: string[];
}
export interface LooseRole {
  id: string;
  person: string;
  organization: string;
  title: string;
  titleAsStated?: string;
}
export interface LooseOrganization {
  id: string;
  name: string;
  acronym?: string;
  alternateNames?: string[];
  kind?: string;
}
export interface LooseFigure {
  id: string;
  meeting: string;
  value: number;
  unit?: string;
  asStated?: string;
  evidence?: LooseEvidence[];
}
export interface LooseSource {
  id: string;
  archive?: { file?: string };
  locations?: { role?: string; url?: string }[];
}
export interface LooseCorrection {
  id: string;
  source: string;
  kind: string;
  action: string;
  start: number;
  end: number;
  after: string;
}
export interface LooseQuote {
  id: string;
  meeting: string;
  participation: string;
  evidence?: LooseEvidence[];
}

/** The dataset, as far as the evaluation reads it (every other field is kept as it is). */
export interface LooseDataset {
  sources: LooseSource[];
  corrections: LooseCorrection[];
  organizations: LooseOrganization[];
  people: LoosePerson[];
  roles: LooseRole[];
  meetings: LooseMeeting[];
  participations: LooseParticipation[];
  statements: { id: string; meeting: string }[];
  quotes: LooseQuote[];
  figures: LooseFigure[];
  [collection: string]: unknown;
}

const COLLECTIONS = ["sources", "corrections", "organizations", "people", "roles", "meetings", "participations", "statements", "quotes", "figures"] as const;

/** Reads a dataset JSON file (`packages/core/src/generated/dataset.json`); throws with the path and what is missing. */
export function loadDataset(path: string): LooseDataset {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: cannot read the dataset: ${(e as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null) throw new Error(`${path}: not a dataset (a JSON object with ${COLLECTIONS.join(", ")})`);
  for (const c of COLLECTIONS) {
    if (!Array.isArray((raw as Record<string, unknown>)[c])) throw new Error(`${path}: ${c}: expected an array`);
  }
  return raw as LooseDataset;
}

/** Every string anywhere in a value (ids referenced by a record). */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string") out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The dataset without the given meetings and what only they brought: their participations,
 * statements, quotes and figures, and the people, posts and organizations that no other record
 * refers to. The ingest is run against this, so that it cannot link a page to the record that was
 * curated from that very page (and its repairs cannot use names known only from it).
 */
export function holdOut(dataset: LooseDataset, meetingIds: readonly string[]): LooseDataset {
  const out = new Set(meetingIds);
  const inMeeting = (r: unknown) => typeof r === "object" && r !== null && out.has((r as { meeting?: string }).meeting ?? "");
  const removed: unknown[] = [];
  const kept: Record<string, unknown[]> = {};
  for (const name of ["meetings", "participations", "statements", "quotes", "figures"] as const) {
    kept[name] = [];
    for (const r of dataset[name] as unknown[]) {
      const gone = name === "meetings" ? out.has((r as LooseMeeting).id) : inMeeting(r);
      (gone ? removed : kept[name]!).push(r);
    }
  }
  const removedRefs = strings(removed, new Set());
  const keptRefs = strings([kept, dataset.sources, dataset.corrections], new Set());
  // An organization's references to others (its parent), not its own id.
  for (const o of dataset.organizations) for (const s of strings({ ...o, id: undefined }, new Set())) keptRefs.add(s);
  const people = dataset.people.filter((p) => !removedRefs.has(p.id) || keptRefs.has(p.id));
  const personIds = new Set(people.map((p) => p.id));
  const roles = dataset.roles.filter((r) => personIds.has(r.person) && (!removedRefs.has(r.id) || keptRefs.has(r.id)));
  const roleRefs = strings(roles, new Set());
  const orgRefs = new Set([...removedRefs, ...strings(dataset.roles.filter((r) => !roles.includes(r)), new Set())]);
  const organizations = dataset.organizations.filter((o) => !orgRefs.has(o.id) || keptRefs.has(o.id) || roleRefs.has(o.id));
  return { ...dataset, people, roles, organizations, ...(kept as Pick<LooseDataset, "meetings" | "participations" | "statements" | "quotes" | "figures">) };
}

/** Whether a fact's evidence cites a source. */
export const cites = (evidence: readonly { source?: string }[] | undefined, source: string): boolean => (evidence ?? []).some((e) => e.source === source);
