import type { Correction } from "../schemas/correction";
import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import type { Source } from "../schemas/source";
import { applyCorrections } from "../text/corrections";
import { groupBy } from "./group";
import { lookup, perDataset } from "./lookup";

/** The source with this id, or `undefined`. */
export function getSource(dataset: Dataset, id: string): Source | undefined {
  return lookup(dataset).source.get(id);
}

/** The corrections of one source, in text order. */
export function sourceCorrections(dataset: Dataset, sourceId: string): Correction[] {
  return [...(correctionsBySource(dataset).get(sourceId) ?? [])];
}

/** Corrections by source, each list in text order (built once per dataset). */
const correctionsBySource = perDataset((dataset) => {
  const groups = groupBy(dataset.corrections, (c) => c.source);
  for (const list of groups.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return groups;
});

/** The archived text of a source with every recorded repair applied, or `undefined` if not archived. */
export function repairedText(dataset: Dataset, sourceId: string): string | undefined {
  const source = getSource(dataset, sourceId);
  if (!source?.archive) return undefined;
  return applyCorrections(source.archive.text, sourceCorrections(dataset, sourceId));
}

/** The first official address of a source, else its first address with a URL. */
export function sourceUrl(source: Source): string | undefined {
  return (source.locations.find((l) => l.role === "official" && l.url) ?? source.locations.find((l) => l.url))?.url;
}

/** The meetings whose records list `sourceId` among their sources, in dataset order. */
export function sourceMeetings(dataset: Dataset, sourceId: string): Meeting[] {
  return [...(meetingsBySource(dataset).get(sourceId) ?? [])];
}

/** Meetings by the sources they list, in dataset order, each meeting once per source (built once per dataset). */
const meetingsBySource = perDataset((dataset) => {
  const groups = new Map<string, Meeting[]>();
  for (const m of dataset.meetings) {
    for (const id of new Set(m.sources)) {
      const list = groups.get(id);
      if (list) list.push(m);
      else groups.set(id, [m]);
    }
  }
  return groups;
});
