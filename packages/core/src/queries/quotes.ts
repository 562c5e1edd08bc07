// Whose words a quote is: a participant's (the person or body quoted) or a document's (a report, a communiqué, a
// concept note, a resolution the page quotes). The apps show the attribution with these, never on their own.
import type { Dataset } from "../schemas/dataset";
import type { Source } from "../schemas/source";
import type { Quote, QuotedDocument } from "../schemas/speech";
import { lookup } from "./lookup";
import { resolveParticipant, type Participant } from "./meetings";

/** A quote's attribution, resolved. */
export type QuoteAttribution =
  /** Words said by someone who took part: the participation resolved. */
  | { kind: "participant"; participant: Participant }
  /** Words of a document: as the page names it, and its `Source` when the dataset holds it. */
  | { kind: "document"; document: QuotedDocument; source?: Source | undefined }
  /** A participation id that names no record (an invalid dataset): shown as an unknown speaker. */
  | { kind: "unknown" };

/** Who or what `quote` quotes. */
export function quoteAttribution(dataset: Dataset, quote: Pick<Quote, "participation" | "document">): QuoteAttribution {
  const l = lookup(dataset);
  if (quote.document !== undefined) {
    const source = quote.document.source === undefined ? undefined : l.source.get(quote.document.source);
    return { kind: "document", document: quote.document, source };
  }
  const participation = quote.participation === undefined ? undefined : l.participation.get(quote.participation);
  return participation ? { kind: "participant", participant: resolveParticipant(dataset, participation) } : { kind: "unknown" };
}

/**
 * "quoted from the communiqué": how a document's quote is attributed in running text. The title stays in the page's
 * words; only a leading article is put in lower case, so that it reads inside the sentence ("The report" → "the report").
 */
export function quotedFrom(document: Pick<QuotedDocument, "title">): string {
  const title = document.title.replace(/^(The|A|An)(?=\s)/u, (a) => a.toLowerCase());
  return `quoted from ${title}`;
}

/** A quote's attribution as a line: the speaker's name, "quoted from <document>", or "unknown speaker". */
export function formatQuoteAttribution(attribution: QuoteAttribution): string {
  if (attribution.kind === "participant") return attribution.participant.name;
  if (attribution.kind === "document") return quotedFrom(attribution.document);
  return "unknown speaker";
}

/** The quotes of a document the dataset holds as a `Source` (`document.source`), in dataset order. */
export function documentQuotes(dataset: Dataset, sourceId: string): Quote[] {
  return dataset.quotes.filter((q) => q.document?.source === sourceId);
}
