import type { Dataset } from "../schemas/dataset";
import { meetingYear } from "./meetings";

/** Counts of what the dataset holds. */
export interface DatasetSummary {
  briefings: number;
  people: number;
  organizations: number;
  roles: number;
  statements: number;
  quotes: number;
  figures: number;
  sources: number;
  archivedSources: number;
  corrections: number;
  firstDate?: string | undefined;
  lastDate?: string | undefined;
}

/** Counts the records of a dataset. */
export function summarize(dataset: Dataset): DatasetSummary {
  const dates = dataset.meetings.map((m) => m.dates.value.start).sort();
  return {
    briefings: dataset.meetings.length,
    people: dataset.people.length,
    organizations: dataset.organizations.length,
    roles: dataset.roles.length,
    statements: dataset.statements.length,
    quotes: dataset.quotes.length,
    figures: dataset.figures.length,
    sources: dataset.sources.length,
    archivedSources: dataset.sources.filter((s) => s.archive !== undefined).length,
    corrections: dataset.corrections.length,
    firstDate: dates[0],
    lastDate: dates[dates.length - 1],
  };
}

/** Meeting counts broken down, and the totals of every other record: what `pnpm --filter @briefings/core stats` prints. */
export interface DatasetStats {
  /** Meetings by year of their first day, then review state. */
  byYear: Record<string, { curated: number; draft: number }>;
  /** Meetings by type, then review state. */
  byType: Record<string, { curated: number; draft: number }>;
  /** Meetings by review state. */
  byReview: { curated: number; draft: number };
  /** Distinct years with at least one curated meeting. */
  curatedYears: number;
  /** Counts of the other records. */
  totals: {
    meetings: number;
    people: number;
    organizations: number;
    roles: number;
    participations: number;
    statements: number;
    quotes: number;
    figures: number;
    sources: number;
  };
}

/** Counts meetings by year, type and review state, and every other record. */
export function datasetStats(dataset: Dataset): DatasetStats {
  const byYear: DatasetStats["byYear"] = {};
  const byType: DatasetStats["byType"] = {};
  const byReview = { curated: 0, draft: 0 };
  for (const m of dataset.meetings) {
    const state = m.review.state;
    (byYear[String(meetingYear(m))] ??= { curated: 0, draft: 0 })[state] += 1;
    (byType[m.type.value] ??= { curated: 0, draft: 0 })[state] += 1;
    byReview[state] += 1;
  }
  return {
    byYear,
    byType,
    byReview,
    curatedYears: Object.values(byYear).filter((c) => c.curated > 0).length,
    totals: {
      meetings: dataset.meetings.length,
      people: dataset.people.length,
      organizations: dataset.organizations.length,
      roles: dataset.roles.length,
      participations: dataset.participations.length,
      statements: dataset.statements.length,
      quotes: dataset.quotes.length,
      figures: dataset.figures.length,
      sources: dataset.sources.length,
    },
  };
}
