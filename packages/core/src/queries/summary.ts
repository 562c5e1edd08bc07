import type { Dataset } from "../schemas/dataset";

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
