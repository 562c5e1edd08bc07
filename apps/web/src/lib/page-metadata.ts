// What each page says about itself when a link to it is shared or indexed: a description and Open Graph tags
// (title, summary, date). Pure functions of the dataset (already neutralised for display), one per kind of page.
import type { Metadata } from "next";
import {
  MEETING_TYPE_LABELS,
  ORGANIZATION_KIND_LABELS,
  formatDateRange,
  getMeeting,
  getOrganization,
  getPerson,
  getSource,
  labelOf,
  organizationMeetings,
  organizationName,
  organizationShortName,
  personAppearances,
  personRoles,
  plural,
  roleAsStated,
  sourceCorrections,
  sourceMeetings,
} from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { sourceKindLabel } from "./evidence";
import { recordPath } from "./safe-href";

/** The site's name, as Open Graph gives it. */
export const SITE_NAME = "Briefings";

/** The longest description written (search engines and link previews cut around 160 to 200 characters). */
export const DESCRIPTION_LIMIT = 200;

/** `text` on one line, cut at a word before `limit` characters with an ellipsis when longer. */
export function clip(text: string, limit = DESCRIPTION_LIMIT): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** What a page says about itself. */
export interface PageFacts {
  /** The page title (the site's name is added by the layout's template). */
  title: string;
  /** One or two sentences: what the record is and its summary. */
  description: string;
  /** The page's path on the site ("/briefings/…/"). */
  path: string;
  /** `article` for a record with a date, `profile` for a person, else `website`. */
  type: "article" | "profile" | "website";
  /** The record's date (ISO), when it has one. */
  date?: string | undefined;
}

/** Next's metadata of a page: title, description, canonical address and Open Graph / Twitter card tags. */
export function pageMetadata(facts: PageFacts): Metadata {
  const description = clip(facts.description);
  const common = { title: facts.title, description, url: facts.path, siteName: SITE_NAME, locale: "en_GB" };
  return {
    title: facts.title,
    description,
    alternates: { canonical: facts.path },
    openGraph:
      facts.type === "article"
        ? { ...common, type: "article", ...(facts.date ? { publishedTime: facts.date } : {}) }
        : facts.type === "profile"
          ? { ...common, type: "profile" }
          : { ...common, type: "website" },
    twitter: { card: "summary", title: facts.title, description },
  };
}

/** A briefing: its type and date, then its summary (or first objective). */
export function briefingFacts(dataset: Dataset, id: string): PageFacts | undefined {
  const meeting = getMeeting(dataset, id);
  if (!meeting) return undefined;
  const when = formatDateRange(meeting.dates.value);
  const about = meeting.summary?.value ?? meeting.objectives[0]?.value ?? "";
  return {
    title: meeting.title.value,
    description: `${labelOf(MEETING_TYPE_LABELS, meeting.type.value)} of the UN Counter-Terrorism Committee, ${when}.${about ? ` ${about}` : ""}`,
    path: recordPath("briefings", id),
    type: "article",
    date: meeting.dates.value.start,
  };
}

/** A person: their latest post in the source's words, and how often they appear. */
export function personFacts(dataset: Dataset, id: string): PageFacts | undefined {
  const person = getPerson(dataset, id);
  if (!person) return undefined;
  const roles = personRoles(dataset, id);
  const latest = roles[roles.length - 1];
  const org = latest ? getOrganization(dataset, latest.organization) : undefined;
  const post = latest ? `${roleAsStated(latest)}${org && !latest.titleAsStated.includes(org.name) ? ` (${organizationShortName(org)})` : ""}. ` : "";
  const appearances = personAppearances(dataset, id);
  const years = [...new Set(appearances.map((a) => a.meeting.dates.value.start.slice(0, 4)))];
  const span = years.length === 0 ? "" : years.length === 1 ? ` in ${years[0]}` : `, ${years[0]}–${years[years.length - 1]}`;
  return {
    title: person.name,
    description: `${person.name}: ${post}${plural(appearances.length, "appearance")} at meetings of the UN Counter-Terrorism Committee${span}, every fact with its source.`,
    path: recordPath("people", id),
    type: "profile",
  };
}

/** An organization: what kind of body it is, and the briefings it took part in. */
export function organizationFacts(dataset: Dataset, id: string): PageFacts | undefined {
  const org = getOrganization(dataset, id);
  if (!org) return undefined;
  const meetings = organizationMeetings(dataset, id);
  return {
    title: organizationName(org),
    description: `${organizationName(org)}, ${labelOf(ORGANIZATION_KIND_LABELS, org.kind)}: ${plural(meetings.length, "briefing")} of the UN Counter-Terrorism Committee in the dataset, with its people's posts and quotes.`,
    path: recordPath("organizations", id),
    type: "website",
  };
}

/** A source: what it is, and what the dataset draws from it. */
export function sourceFacts(dataset: Dataset, id: string): PageFacts | undefined {
  const source = getSource(dataset, id);
  if (!source) return undefined;
  const corrections = sourceCorrections(dataset, id).length;
  const used = sourceMeetings(dataset, id).length;
  return {
    title: source.title,
    description: `${sourceKindLabel(source.kind)}${source.published ? ` of ${formatDateRange({ start: source.published, end: source.published })}` : ""}, a source of ${plural(used, "briefing")} in the dataset${source.archive ? `: its archived text with every evidence passage highlighted and ${plural(corrections, "correction")} shown` : ""}.`,
    path: recordPath("sources", id),
    type: source.published ? "article" : "website",
    date: source.published,
  };
}
