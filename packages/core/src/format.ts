// How records read in prose: dates and date ranges, organization names with their acronyms, a post as stated,
// numbers and confidences. One place for every front end (web, terminal, exports), with a fixed locale so that
// output is reproducible.
import type { Organization } from "./schemas/organization";
import type { Role } from "./schemas/role";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** How a date is written: `long` for prose ("27 June 2019"), `iso` for columns and terminals ("2019-06-27"). */
export type DateStyle = "long" | "iso";

/**
 * "2019-06-27" → "27 June 2019", a partial date "2010-06" → "June 2010" (or as it is with `iso`); anything that is not
 * an ISO date (a year alone included) is returned as it is.
 */
export function formatDate(iso: string | undefined, style: DateStyle = "long"): string {
  if (iso === undefined) return "";
  if (style === "iso") return iso;
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (month === undefined) return iso;
  return m[3] === undefined ? `${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}

/** A date range: one date when it is one day, else "27 June 2019 – 28 June 2019" (`iso`: "2019-06-27 to 2019-06-28"). */
export function formatDateRange(range: { start: string; end: string } | undefined, style: DateStyle = "long"): string {
  if (!range) return "";
  if (range.start === range.end) return formatDate(range.start, style);
  return `${formatDate(range.start, style)}${style === "iso" ? " to " : " – "}${formatDate(range.end, style)}`;
}

/**
 * When something (a post) is known to apply, from the days it is observed: "seen on 27 June 2019" for one day,
 * a range, "from …", "until …", or "dates unknown".
 */
export function formatPeriod(start: string | undefined, end: string | undefined, style: DateStyle = "long"): string {
  if (start !== undefined && end !== undefined) return start === end ? `seen on ${formatDate(start, style)}` : formatDateRange({ start, end }, style);
  if (start !== undefined) return `from ${formatDate(start, style)}`;
  if (end !== undefined) return `until ${formatDate(end, style)}`;
  return "dates unknown";
}

/** An organization's name with its acronym: "United Nations Office of Counter-Terrorism (UNOCT)". */
export function organizationName(org: Pick<Organization, "name" | "acronym">): string {
  return org.acronym === undefined || org.acronym === "" ? org.name : `${org.name} (${org.acronym})`;
}

/** An organization's short name: its acronym, else its name. */
export function organizationShortName(org: Pick<Organization, "name" | "acronym">): string {
  return org.acronym === undefined || org.acronym === "" ? org.name : org.acronym;
}

/** A person's name as a source introduces them, with the honorific of a post ("H.E. Mr. Gustavo Meza-Cuadra"). */
export function personName(person: { name: string }, role?: Pick<Role, "honorific">): string {
  return role?.honorific === undefined || role.honorific === "" ? person.name : `${role.honorific} ${person.name}`;
}

/**
 * A post in the source's words (never with the honorific, which goes with the name), marked when acting:
 * "Under-Secretary-General of the United Nations Office of Counter-Terrorism".
 */
export function roleAsStated(role: Pick<Role, "titleAsStated" | "tenure">): string {
  const acting = role.tenure === "acting" && !/\bacting\b/i.test(role.titleAsStated);
  return acting ? `${role.titleAsStated} (acting)` : role.titleAsStated;
}

/** A number with thousands separators ("25,000,000"). */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString("en-GB") : String(value);
}

/** A confidence 0..1 as a percentage ("95 %", with a no-break space); `undefined` stays undefined (certain). */
export function formatConfidence(confidence: number | undefined): string | undefined {
  if (confidence === undefined || !Number.isFinite(confidence)) return undefined;
  return `${Math.round(confidence * 100)}\u00a0%`;
}

/** "1 briefing" / "3 briefings". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** The code points of a text, as Unicode writes them: "缅北" → "U+7F05 U+5317". */
export function codePointsOf(text: string): string {
  return Array.from(text, (ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
}

/**
 * Does `text` hold letters of a script other than Latin (or symbols outside the common ones)? Such text may show as
 * empty boxes where the reader's fonts lack the script, so its code points are worth showing beside it.
 */
export function outsideLatinScript(text: string): boolean {
  return /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text);
}

// Partial dates (a founding date, a stated term, a meeting outside the dataset: as precise as the source), places
// and series. Added by the `views` work; kept in this one file with the other formats.

/** "2004" → "2004", "2004-03" → "March 2004", "2004-03-26" → "26 March 2004" (`iso`: as it is): `formatDate`, which reads partial dates too. */
export function formatPartialDate(date: string | undefined, style: DateStyle = "long"): string {
  return formatDate(date, style);
}

/**
 * A span between two partial dates, either end possibly unknown: "January 2018 – 31 December 2019", "from March 2004",
 * "until 31 December 2013", one date when both ends are the same, "" when neither is known.
 */
export function formatPartialRange(start: string | undefined, end: string | undefined, style: DateStyle = "long"): string {
  if (start !== undefined && end !== undefined) {
    if (start === end) return formatPartialDate(start, style);
    return `${formatPartialDate(start, style)}${style === "iso" ? " to " : " – "}${formatPartialDate(end, style)}`;
  }
  if (start !== undefined) return `from ${formatPartialDate(start, style)}`;
  if (end !== undefined) return `until ${formatPartialDate(end, style)}`;
  return "";
}

/** One place: "Conference Room 4, New York, United States", or "Madrid, Spain" when the source names no venue. */
export function formatLocation(location: { name?: string | undefined; city: string; country: string }): string {
  return [location.name, location.city, location.country].filter((part) => part !== undefined && part !== "").join(", ");
}

/** Where a meeting took place: "Virtual", the places ("; " between them), with "(hybrid)" for a hybrid meeting. */
export function formatVenue(venue: { mode: string; locations: readonly { name?: string | undefined; city: string; country: string }[] }): string {
  if (venue.mode === "virtual" || venue.locations.length === 0) return "Virtual";
  const places = venue.locations.map(formatLocation).join("; ");
  return venue.mode === "hybrid" ? `${places} (hybrid)` : places;
}

/** A series and the meeting's number in it: "open meetings with CTED's Global Research Network (no. 3)", or its name alone. */
export function formatSeries(series: { name: string; number?: number | undefined }): string {
  return series.number === undefined ? series.name : `${series.name} (no. ${series.number})`;
}

/**
 * When a holder is seen in post (first and last meeting or source): "seen on 26 May 2009", "seen 25 January 2018 –
 * 27 June 2019", "seen from …", "seen until …", or "not seen at any meeting".
 */
export function formatObserved(start: string | undefined, end: string | undefined, style: DateStyle = "long"): string {
  if (start === undefined && end === undefined) return "not seen at any meeting";
  if (start !== undefined && end !== undefined) return start === end ? `seen on ${formatDate(start, style)}` : `seen ${formatDateRange({ start, end }, style)}`;
  return `seen ${formatPeriod(start, end, style)}`;
}

/** The post(s) of a tenure, marked when acting unless the title already says so: "Executive Director (acting)", "Acting Chair". */
export function tenureTitle(tenure: { titles: readonly string[]; tenure: string }): string {
  const titles = tenure.titles.join(", ");
  return tenure.tenure === "acting" && !/\bacting\b/i.test(titles) ? `${titles} (acting)` : titles;
}
