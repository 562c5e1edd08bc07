// Per person and per organization: the briefings they appear in, per year of the dataset (one shared axis, so that
// strips of different pages compare).
import { datasetYears, organizationYears, perDataset, personYears } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { YearStrip } from "./year-strip";

/** Props of the appearance strips. */
export interface AppearanceStripProps {
  dataset: Dataset;
  /** Id of the person or organization. */
  id: string;
}

const NOUN = ["briefing", "briefings"] as const;

/** The dataset's years: one axis for every strip, computed once per dataset (a strip is on every person's and organization's page). */
const years = perDataset(datasetYears);

/** The briefings a person took part in, per year. */
export function PersonYearStrip({ dataset, id }: AppearanceStripProps) {
  const range = years(dataset);
  if (!range) return null;
  return <YearStrip counts={personYears(dataset, id, range)} noun={NOUN} caption="Briefings attended per year" />;
}

/** The briefings an organization convened, hosted, supported or took part in, per year. */
export function OrganizationYearStrip({ dataset, id }: AppearanceStripProps) {
  const range = years(dataset);
  if (!range) return null;
  return <YearStrip counts={organizationYears(dataset, id, range)} noun={NOUN} caption="Briefings per year" />;
}
