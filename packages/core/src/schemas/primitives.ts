import * as z from "zod";

/** A stable, human-readable identifier: lower-case ASCII words joined by single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and single hyphens")
  .max(120);
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD` (ISO 8601), checked to exist (no 30 February). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a day that exists (no 30 February). */
function isPartialDate(d: string): boolean {
  if (!PARTIAL_DATE.test(d)) return false;
  return d.length < 10 || new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
}

/**
 * A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a founding date,
 * the edition of a document, a meeting outside the dataset), as precise as its source and no more.
 */
export const PartialDate = z.string().refine(isPartialDate, "must be YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists");
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * The longest text each kind of field takes, in UTF-16 units (as JavaScript counts). Generous for what
 * the field means, far below what would make a record a payload (a 20 MB title validated once).
 */
export const TEXT_LIMITS = {
  /** A name or short label: a person, an organization, a place, an acronym, a unit, an honorific. */
  name: 300,
  /** A title or a phrase: of a meeting, session, source, post or series; a document symbol, a locator. */
  title: 1_000,
  /** Prose in the curators' words: statements, quotes, summaries, notes, rationales, descriptions. */
  prose: 20_000,
  /** A URL or a path (browsers and servers commonly stop near 2,000 characters). */
  url: 2_048,
  /** An archived source text (ingest reads inputs up to 2 MiB). */
  sourceText: 2 * 1024 * 1024,
  /** Raw text quoted from a source: an evidence span, the text a correction replaces. */
  excerpt: 100_000,
} as const;

/** An absolute http(s) URL. Other schemes (javascript:, data:) are refused: URLs end up as links. */
export const HttpUrl = z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }).max(TEXT_LIMITS.url);
export type HttpUrl = z.infer<typeof HttpUrl>;

/** How sure the curators are of a fact, from 0 (a guess) to 1 (certain). Omitted means 1. */
export const Confidence = z.number().min(0).max(1);
export type Confidence = z.infer<typeof Confidence>;

/** Lower-case hex SHA-256 digest. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a lower-case hex SHA-256 digest");

/** Non-empty display text with no surrounding whitespace, at most `max` characters. */
const text = (max: number) => z.string().trim().min(1).max(max);

/** Display text in the curators' words (prose): at most `TEXT_LIMITS.prose` characters. */
export const Text = text(TEXT_LIMITS.prose);

/** A name or short label: at most `TEXT_LIMITS.name` characters. */
export const Name = text(TEXT_LIMITS.name);

/** A title or a phrase: at most `TEXT_LIMITS.title` characters. */
export const Title = text(TEXT_LIMITS.title);

/** An offset into an archived source text, counted in Unicode code points (see `Evidence`). */
export const Offset = z.int().nonnegative();

/** An inclusive range of dates; a one-day meeting has `start === end`. */
export const DateRange = z
  .strictObject({
    /** First day. */
    start: IsoDate,
    /** Last day (the same as `start` for a one-day event). */
    end: IsoDate,
  })
  .refine((r) => r.start <= r.end, { message: "end is before start", path: ["end"] });
export type DateRange = z.infer<typeof DateRange>;
