// Validation of a draft: each part with the core schemas, then the dataset with the draft merged in
// with every cross-record rule; problems point into the draft.
import type { Dataset, DatasetInput } from "@briefings/core";
import * as schemas from "@briefings/core/schemas";
import { formatPath, validateDataset } from "@briefings/core/validate";
import type { DraftProblem, DraftRecord, Meeting } from "./types";

/** Validates each part of a draft with the schemas, then the dataset with the draft merged in with every rule. */
export function validateDraft(draft: DraftRecord, dataset: Dataset): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const check = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, path: string) => {
    const r = schema.safeParse(value);
    if (!r.success) for (const issue of r.error?.issues ?? []) problems.push({ rule: "schema", path: [path, ...issue.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))].join("").replace(/\.\[/gu, "["), message: issue.message });
  };
  check(schemas.Source, draft.source, "source");
  draft.corrections.forEach((c, i) => check(schemas.Correction, c, `corrections[${i}]`));
  check(schemas.Meeting, draft.meeting, "meeting");
  draft.organizations.forEach((o, i) => check(schemas.Organization, o, `organizations[${i}]`));
  draft.people.forEach((o, i) => check(schemas.Person, o, `people[${i}]`));
  draft.roles.forEach((o, i) => check(schemas.Role, o, `roles[${i}]`));
  draft.participations.forEach((o, i) => check(schemas.Participation, o, `participations[${i}]`));
  draft.statements.forEach((o, i) => check(schemas.Statement, o, `statements[${i}]`));
  draft.quotes.forEach((o, i) => check(schemas.Quote, o, `quotes[${i}]`));
  draft.figures.forEach((o, i) => check(schemas.Figure, o, `figures[${i}]`));
  if (problems.length > 0) return problems;

  const merged = mergeDraft(dataset, draft);
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
