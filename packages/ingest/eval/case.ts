// The evaluation's cases: one per retrieved page (its address, the query that retrieves it, the
// digest of the copy, the dataset ids it documents, and the defects and quotations annotated on
// it). No page text: a later session rebuilds the folder of texts from the addresses and queries.
import * as z from "zod";
import { CorrectionKind } from "@briefings/core/schemas";

/**
 * Defect kinds as the page annotations name them (PAGES.md), and core's correction kinds, both
 * mapped to core's kind. The annotations use short names ("injected-text", "markup"); core's
 * schema names the repair ("injected-text-excised", "markup-removed").
 */
const KIND_ALIASES: Readonly<Record<string, CorrectionKind>> = {
  "injected-text": "injected-text-excised",
  "restored-text": "words-restored",
  markup: "markup-removed",
  "cms-metadata": "metadata-removed",
};

/** Core's correction kind for an annotation's kind, or undefined when it is neither. */
export function correctionKind(kind: string): CorrectionKind | undefined {
  const mapped = KIND_ALIASES[kind] ?? kind;
  const parsed = CorrectionKind.safeParse(mapped);
  return parsed.success ? parsed.data : undefined;
}

const Offset = z.int().nonnegative();
const Id = z.string().min(1).max(200);

/** One defect annotated on a page, offsets in code points of its text. */
export const Defect = z
  .object({
    /** Core's correction kind (annotations' short names are mapped on reading). */
    kind: z.string().transform((k, ctx) => {
      const kind = correctionKind(k);
      if (!kind) {
        ctx.addIssue({ code: "custom", message: `unknown defect kind "${k}"` });
        return z.NEVER;
      }
      return kind;
    }),
    /** First code point of the defect. */
    start: Offset,
    /** Code point after it (start === end for words lost with nothing in their place). */
    end: Offset,
    /** What a reader's copy needs: cut it out, replace it (with `after`), or only flag it. */
    action: z.enum(["excise", "repair", "flag"]),
    /** The right text, for a repair. */
    after: z.string().max(2000).optional(),
  })
  .refine((d) => d.start <= d.end, { message: "end is before start", path: ["end"] });
export type Defect = z.infer<typeof Defect>;

/** One direct quotation annotated on a page (the words between the marks). */
export const QuoteSpan = z
  .object({
    /** First code point of the quoted words. */
    start: Offset,
    /** Code point after them. */
    end: Offset,
    /** Dataset id of the person quoted (null: the page does not say who). */
    speaker: Id.nullable(),
  })
  .refine((q) => q.start < q.end, { message: "a quotation needs at least one code point", path: ["end"] });
export type QuoteSpan = z.infer<typeof QuoteSpan>;

/** The `.json` a curator writes beside each retrieved page in `/work/pages` (see PAGES.md). */
export const PageRecord = z.object({
  /** The page id (also the file name). */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,150}$/u, "must be a lower-case slug"),
  /** The address the search tool gave. */
  url: z.string().min(1).max(2000),
  /** A query that returns the page. */
  query: z.string().min(1).max(800),
  /** Day retrieved (ISO). */
  retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).optional(),
  /** SHA-256 of the `.txt` bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** Size of the `.txt` in bytes. */
  bytes: z.int().positive(),
  /** What the page is. */
  role: z.string().max(40).optional(),
  /** Dataset meeting ids the page documents (empty while the curator has not written the record yet). */
  meetings: z.array(Id),
  /** The dataset source id that cites the page (empty until then). */
  source: z.string().max(200),
  /** `true` when the excerpt has no defect at all. */
  clean: z.boolean(),
  /** Every defect, in order. */
  defects: z.array(Defect).default([]),
  /** Every direct quotation. */
  quotes: z.array(QuoteSpan).default([]),
  /** Anything odd. */
  notes: z.string().max(4000).optional(),
});
export type PageRecord = z.infer<typeof PageRecord>;

/** One case of the evaluation (a page record, or a text stored in the repo, without its text). */
export const Case = z.object({
  /** The page id: the text is `<folder>/<id>.txt`. */
  id: z.string().min(1).max(160),
  /** Where the text is when the repo stores it (path from the repository root); otherwise in the folder of texts. */
  file: z.string().min(1).max(400).optional(),
  /** The address the text was read from. */
  url: z.string().min(1).max(2000),
  /** The search query (corpus `pages`) that returns it; absent for a text stored in the repo. */
  query: z.string().max(800).optional(),
  /** Day retrieved. */
  retrieved: z.string().optional(),
  /** SHA-256 of the text's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** Size in bytes. */
  bytes: z.int().positive(),
  /** Length in code points (the unit of every offset). */
  length: z.int().positive(),
  /** What the page is (official, mirror, repost, third-party). */
  role: z.string().max(40).optional(),
  /** Dataset meeting ids (empty: not assigned yet; the case is pending). */
  meetings: z.array(Id),
  /** Dataset source id (empty: not assigned yet). */
  source: z.string().max(200),
  /** No defect at all. */
  clean: z.boolean(),
  /** Annotated defects. */
  defects: z.array(Defect),
  /** Annotated quotations. */
  quotes: z.array(QuoteSpan),
  /** The curator's notes. */
  notes: z.string().max(4000).optional(),
});
export type Case = z.infer<typeof Case>;

/** The cases file (`eval/cases.json`). */
export const CasesFile = z.object({
  /** What the file is, for a reader who finds it. */
  about: z.string(),
  /** When it was generated (ISO date). */
  generated: z.string(),
  /** The cases, the seed first, then by id. */
  cases: z.array(Case),
});
export type CasesFile = z.infer<typeof CasesFile>;

/** A zod error as lines "path: message". */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./u, "") : "(root)"}: ${i.message}`);
}
