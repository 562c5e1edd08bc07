// The source record (the press release archived byte-exact) and its corrections (the repair log).
import type { Extraction } from "../extract";
import { slugify } from "../extract/text";
import { displaySafe } from "@briefings/core/text";
import type { Repair } from "../repair";
import type { Correction, DraftOptions, Source, SourceInput } from "./types";

const DEFAULT_ATTRIBUTION =
  "Text as received by briefings-ingest, archived unchanged for provenance. Press releases of the Counter-Terrorism Committee are © United Nations; authorship and terms to be confirmed by a curator.";

/** Today as an ISO date. */
const today = () => new Date().toISOString().slice(0, 10);

/** The source record: where the text came from, and the text itself, archived unchanged. */
export function buildSource(sourceId: string, input: SourceInput, x: Extraction, options: Omit<DraftOptions, "dataset">): Source {
  const transcoded = input.encoding !== "utf-8";
  const location = options.url
    ? { role: "official" as const, url: options.url, status: "unverified" as const, note: "Given to briefings-ingest; not checked." }
    : {
        role: "repost" as const,
        path: `/${slugify(options.fileName ?? "stdin", 12) || "input"}`,
        status: "unverified" as const,
        note: `Ingested from ${options.fileName ? `the local file ${JSON.stringify(options.fileName.slice(0, 200))}` : "standard input"}; the document's address is not known.`,
      };
  return {
    id: sourceId,
    title: x.title?.headline?.value ?? x.title?.value ?? "Press release (no headline found)",
    kind: "press-release",
    language: "en",
    locations: [location],
    ...(x.dates?.dateline ? { published: x.dates.dateline.date } : {}),
    retrieved: options.retrieved ?? today(),
    archive: {
      text: input.text,
      sha256: transcoded && input.utf8 ? input.utf8.sha256 : input.sha256,
      bytes: transcoded && input.utf8 ? input.utf8.bytes : input.bytes,
      mediaType: transcoded ? "text/plain; charset=utf-8" : input.mediaType,
      file: "(ingested)",
      attribution: options.attribution ?? DEFAULT_ATTRIBUTION,
    },
    ...(transcoded ? { note: `Transcoded to UTF-8 from ${input.encoding}; the original ${input.bytes} bytes have SHA-256 ${input.sha256}.` } : {}),
  };
}

/** The correction log as correction records (an excision and the words it replaced are related). */
export function buildCorrections(meetingId: string, sourceId: string, repairs: readonly Repair[]): Correction[] {
  const corrections: Correction[] = repairs.map((r, i) => ({
    id: `${meetingId}-correction-${i + 1}`.slice(0, 120),
    source: sourceId,
    kind: r.kind,
    action: r.action,
    start: r.start,
    end: r.end,
    before: r.before,
    after: r.after,
    rationale: displaySafe(r.rationale),
    confidence: r.confidence,
  }));
  corrections.forEach((c, i) => {
    if (c.kind !== "words-restored") return;
    const excision = corrections.find((o, j) => j !== i && o.kind === "injected-text-excised" && (o.end === c.start || o.start === c.start));
    if (excision) {
      c.related = [excision.id];
      excision.related = [...(excision.related ?? []), c.id];
    }
  });
  return corrections;
}
