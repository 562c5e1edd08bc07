// Validation of a draft: each part with the core schemas, then the dataset with the draft merged in
// with every cross-record rule; problems point into the draft.
import type { Dataset, DatasetInput } from "@briefings/core";
import * as schemas from "@briefings/core/schemas";
import { formatPath, validateDataset } from "@briefings/core/validate";
import type { DraftProblem, DraftRecord, Meeting } from "./types";

/** Validates each part of a draft with the schemas, then the dataset with the draft merged in with every rule. */
export function validateDraft(draft: DraftRecord, dataset: Dataset): DraftProblem[] {
  const problems: DraftProblem[] = [];
  // Each part as zod gives it back (defaults added, keys in the schema's order): merged with a dataset that is already
  // in that form, the whole passes `validateDataset`'s fast path instead of going through zod again record by record.
  const check = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: T, path: string): T => {
    const r = schema.safeParse(value);
    if (!r.success) for (const issue of r.error?.issues ?? []) problems.push({ rule: "schema", path: [path, ...issue.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))].join("").replace(/\.\[/gu, "["), message: issue.message });
    return r.success ? (r.data as T) : value;
  };
  const parsed: DraftRecord = {
    ...draft,
    source: check(schemas.Source, draft.source, "source"),
    corrections: draft.corrections.map((c, i) => check(schemas.Correction, c, `corrections[${i}]`)),
    meeting: check(schemas.Meeting, draft.meeting, "meeting"),
    organizations: draft.organizations.map((o, i) => check(schemas.Organization, o, `organizations[${i}]`)),
    people: draft.people.map((o, i) => check(schemas.Person, o, `people[${i}]`)),
    roles: draft.roles.map((o, i) => check(schemas.Role, o, `roles[${i}]`)),
    participations: draft.participations.map((o, i) => check(schemas.Participation, o, `participations[${i}]`)),
    statements: draft.statements.map((o, i) => check(schemas.Statement, o, `statements[${i}]`)),
    quotes: draft.quotes.map((o, i) => check(schemas.Quote, o, `quotes[${i}]`)),
    figures: draft.figures.map((o, i) => check(schemas.Figure, o, `figures[${i}]`)),
  };
  if (problems.length > 0) return problems;

  const merged = mergeDraft(dataset, parsed);
  const result = validateDataset(merged);
  if (result.ok) return problems;
  for (const p of result.problems) problems.push({ rule: p.rule, path: draftPath(p.path, draft, merged), message: p.message });
  return problems;
}

/** The dataset with the draft merged in (a re-ingested meeting replaces the one with its id). */
export function mergeDraft(dataset: Dataset, draft: DraftRecord): DatasetInput {
  const id = draft.meeting.id;
  const keep = <T extends { meeting: string }>(items: readonly T[]) => items.filter((i) => i.meeting !== id);
  return {
    ...dataset,
    sources: [...dataset.sources, draft.source],
    corrections: [...dataset.corrections, ...draft.corrections],
    organizations: [...dataset.organizations, ...draft.organizations],
    people: [...dataset.people, ...draft.people],
    roles: [...dataset.roles, ...draft.roles],
    meetings: [...dataset.meetings.filter((m) => m.id !== id), draft.meeting as Meeting],
    participations: [...keep(dataset.participations), ...draft.participations],
    statements: [...keep(dataset.statements), ...draft.statements],
    quotes: [...keep(dataset.quotes), ...draft.quotes],
    figures: [...keep(dataset.figures), ...draft.figures],
  };
}

/** Rewrites a path into the merged dataset as a path into the draft, when it points at a draft record. */
function draftPath(path: (string | number)[], draft: DraftRecord, merged: DatasetInput): string {
  const [collection, index, ...rest] = path;
  const parts: Record<string, readonly unknown[]> = {
    sources: [draft.source],
    meetings: [draft.meeting],
    corrections: draft.corrections,
    organizations: draft.organizations,
    people: draft.people,
    roles: draft.roles,
    participations: draft.participations,
    statements: draft.statements,
    quotes: draft.quotes,
    figures: draft.figures,
  };
  const items = typeof collection === "string" ? parts[collection] : undefined;
  const all = typeof collection === "string" ? (merged as unknown as Record<string, unknown[]>)[collection] : undefined;
  if (!items || !all || typeof index !== "number" || index < all.length - items.length) return `dataset.${formatPath(path)}`;
  const local = index - (all.length - items.length);
  const name = collection === "sources" ? "source" : collection === "meetings" ? "meeting" : `${String(collection)}[${local}]`;
  if (rest.length === 0) return name;
  return typeof rest[0] === "number" ? `${name}${formatPath(rest)}` : `${name}.${formatPath(rest)}`;
}
