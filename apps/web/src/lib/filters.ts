// Facets of the briefing list (year, meeting type, organization, topic, review state): pure functions over the dataset.
import { MEETING_TYPE_LABELS, REVIEW_STATE_LABELS, TOPIC_LABELS, getOrganization, labelOf, meetingOrganizationIds, meetingYear, meetingsByDate, organizationName, perDataset } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";

/** The facets a reader can filter briefings by. */
export const FACETS = ["year", "type", "organization", "topic", "review"] as const;
/** One facet. */
export type Facet = (typeof FACETS)[number];

/** Headings of the facets. */
export const FACET_LABELS: Readonly<Record<Facet, string>> = {
  year: "Year",
  type: "Meeting type",
  organization: "Organization",
  topic: "Topic",
  review: "Review state",
};

/** One value of a facet, with how many briefings have it. */
export interface FacetValue {
  facet: Facet;
  /** The value as it appears in URLs (a year, a type, an organization id or a topic). */
  value: string;
  /** What to show. */
  label: string;
  count: number;
}

/** `true` when `facet` names a facet. */
export function isFacet(facet: string): facet is Facet {
  return (FACETS as readonly string[]).includes(facet);
}

/** The values of `facet` that `meeting` has. */
export function facetValuesOf(dataset: Dataset, meeting: Meeting, facet: Facet): string[] {
  switch (facet) {
    case "year":
      return [String(meetingYear(meeting))];
    case "type":
      return [meeting.type.value];
    case "organization":
      return meetingOrganizationIds(dataset, meeting.id);
    case "topic":
      return [...new Set(meeting.topics ?? [])];
    case "review":
      return [meeting.review?.state ?? "draft"];
  }
}

/** `true` when `meeting` has `value` for `facet`. */
export function matchesFacet(dataset: Dataset, meeting: Meeting, facet: Facet, value: string): boolean {
  return facetValuesOf(dataset, meeting, facet).includes(value);
}

/** The meetings (in the given order) that have `value` for `facet`. */
export function filterMeetings(dataset: Dataset, meetings: readonly Meeting[], facet: Facet, value: string): Meeting[] {
  return meetings.filter((m) => matchesFacet(dataset, m, facet, value));
}

/** How to show a facet value. */
export function facetLabel(dataset: Dataset, facet: Facet, value: string): string {
  switch (facet) {
    case "year":
      return value;
    case "type":
      return labelOf(MEETING_TYPE_LABELS, value);
    case "topic":
      return labelOf(TOPIC_LABELS, value);
    case "review":
      return labelOf(REVIEW_STATE_LABELS, value);
    case "organization": {
      const org = getOrganization(dataset, value);
      return org ? organizationName(org) : value;
    }
  }
}

/**
 * Every value of `facet` present in the dataset, with counts. Years newest first; other facets by label. Computed once
 * per dataset (the home page and every filter page show them all): the list is shared, not the caller's to change.
 */
export function facetValues(dataset: Dataset, facet: Facet): readonly FacetValue[] {
  return facetIndex(dataset).values.get(facet) ?? [];
}

/** The meetings, newest first (core's `meetingsByDate`), that have `value` for `facet`; shared like `facetValues`. */
export function facetMeetings(dataset: Dataset, facet: Facet, value: string): readonly Meeting[] {
  return facetIndex(dataset).meetings.get(facet)?.get(value) ?? [];
}

/** Every facet's values with counts, and the meetings (newest first) of each value: one pass over the meetings. */
const facetIndex = perDataset((dataset) => {
  const values = new Map<Facet, FacetValue[]>();
  const meetings = new Map<Facet, Map<string, Meeting[]>>();
  const byDate = meetingsByDate(dataset);
  for (const facet of FACETS) {
    const groups = new Map<string, Meeting[]>();
    for (const m of byDate) {
      for (const v of new Set(facetValuesOf(dataset, m, facet))) {
        const list = groups.get(v);
        if (list) list.push(m);
        else groups.set(v, [m]);
      }
    }
    const list = [...groups].map(([value, ms]) => ({ facet, value, label: facetLabel(dataset, facet, value), count: ms.length }));
    values.set(
      facet,
      facet === "year"
        ? list.sort((a, b) => b.value.localeCompare(a.value))
        : list.sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value)),
    );
    meetings.set(facet, groups);
  }
  return { values, meetings };
});

/** The path of the pre-rendered page listing the briefings with `value` for `facet`. */
export function facetPath(facet: Facet, value: string): string {
  return `/browse/${facet}/${encodeURIComponent(value)}/`;
}
