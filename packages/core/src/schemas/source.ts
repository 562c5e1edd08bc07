import * as z from "zod";
import { COPY_EXTENTS, LOCATION_ROLES, LOCATION_STATUSES, SOURCE_KINDS } from "../vocabulary";
import { CorrectionKind } from "./correction";
import { Confidence, HttpUrl, Id, IsoDate, Name, Sha256, Text, TEXT_LIMITS, Title } from "./primitives";

/** What kind of document a source is (`SOURCE_KINDS`). */
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** One place a source is (or was) published. */
export const SourceLocation = z
  .strictObject({
    /** `official` is the publisher's own address; `mirror` a copy of the official site on another domain; `repost` a copy in another publication; `third-party` a different publisher's page. */
    role: z.enum(LOCATION_ROLES),
    /** The absolute address, when it is known. */
    url: HttpUrl.optional(),
    /** The path alone, for a mirror whose domain we do not publish (defaced mirrors are not linked). */
    path: z.string().startsWith("/").max(TEXT_LIMITS.url).optional(),
    /** `verified`: seen at this address; `unverified`: reported but not checked; `inferred`: reconstructed (for example from a mirror's path). */
    status: z.enum(LOCATION_STATUSES),
    /** 0..1 for an inferred or unverified address; omitted means certain. */
    confidence: Confidence.optional(),
    /** How the address was found or inferred. */
    note: Text.optional(),
    /** The copy read at this address (not stored), so a reader can check they hold the same text: its SHA-256 and length. */
    copy: z
      .strictObject({
        /** SHA-256 of the UTF-8 bytes read. */
        sha256: Sha256,
        /** Length of those bytes. */
        bytes: z.int().nonnegative(),
        /** Day it was read. */
        retrieved: IsoDate,
        /** `excerpt` when only the beginning of the page was read (the search service returns about 2,000 characters); `full` otherwise. */
        extent: z.enum(COPY_EXTENTS),
      })
      .optional(),
  })
  .refine((l) => l.url !== undefined || l.path !== undefined, { message: "a location needs a url or a path", path: ["url"] });
export type SourceLocation = z.infer<typeof SourceLocation>;

/** The archived text of a source, kept byte-exact so that evidence spans can point into it. */
export const SourceArchive = z.strictObject({
  /** The raw text, exactly as retrieved (defects included), decoded as UTF-8. */
  text: z.string().max(TEXT_LIMITS.sourceText),
  /** SHA-256 of the raw bytes (the UTF-8 encoding of `text`). */
  sha256: Sha256,
  /** Length of the raw bytes. */
  bytes: z.int().nonnegative(),
  /** Media type of the archived bytes, e.g. `text/plain; charset=utf-8`. */
  mediaType: Name,
  /** Path of the archived file inside `@briefings/core` (`data/sources/...`). */
  file: Title,
  /** Who wrote the text and under what terms we keep a copy. */
  attribution: Text,
});
export type SourceArchive = z.infer<typeof SourceArchive>;

/** An archived or cited source document (schema.org CreativeWork; a W3C Web Annotation target). */
export const Source = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Title of the document as published (or a description where it has none). */
    title: Title,
    /** What kind of document it is. */
    kind: SourceKind,
    /** Id of the publishing `Organization`, when it is one of ours. */
    publisher: Id.optional(),
    /** Publication date stated by the document, if any. */
    published: IsoDate.optional(),
    /** Language of the text (BCP 47). */
    language: z.string().max(35).regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
    /** Where the document is or was published; the first official one is the canonical address. */
    locations: z.array(SourceLocation).min(1),
    /** Date the copy we rely on was retrieved. */
    retrieved: IsoDate.optional(),
    /** The archived text, for sources we keep a copy of; absent for URL-level citations. */
    archive: SourceArchive.optional(),
    /** Defects of a source we have not archived (no span to point at); an archived source's defects are `Correction`s. */
    defects: z
      .array(
        z.strictObject({
          /** What kind of damage. */
          kind: CorrectionKind,
          /** What is damaged and what the right reading is, in a sentence. */
          description: Text,
          /** 0..1: how sure we are of the right reading; omitted means certain. */
          confidence: Confidence.optional(),
        }),
      )
      .default([]),
    /** Anything a reader should know about the source (its defects are `Correction`s or `defects`, not notes). */
    note: Text.optional(),
  })
  .refine((s) => s.archive === undefined || s.defects.length === 0, {
    message: "an archived source records its defects as corrections with spans, not as defects",
    path: ["defects"],
  })
  .meta({ title: "Source", description: "An archived or cited source document." });
export type Source = z.infer<typeof Source>;
