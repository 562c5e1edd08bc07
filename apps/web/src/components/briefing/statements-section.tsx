// What was said at a briefing: each reported statement with who made it (and on whose behalf), and under it the
// words quoted from it verbatim; quotes of no recorded statement follow.
import { Fragment } from "react";
import { getOrganization, quotedFrom } from "@briefings/core";
import type { Dataset, MeetingRecord, Participant, Quote } from "@briefings/core";
import { SectionNotes, type NoteRef } from "../../lib/notes";
import { recordPath } from "../../lib/safe-href";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";
import { ParticipantName } from "./participant";

/** Props of `StatementsSection`. */
export interface StatementsSectionProps {
  dataset: Dataset;
  /** The meeting's resolved record. */
  record: MeetingRecord;
  /** The speaker of a participation id. */
  speakerOf: (participation: string | undefined) => Participant | undefined;
}

/** Props of `QuoteItem`. */
interface QuoteItemProps {
  /** The quote. */
  quote: Quote;
  /** The markers of its evidence. */
  refs: readonly NoteRef[];
  /** Its speaker, shown when the quote stands alone (a document's quote names its document instead). */
  who?: Participant | undefined;
}

/** A direct quotation, verbatim, with its sources, and who said it (or the document it quotes) when it stands alone. */
function QuoteItem({ quote, refs, who }: QuoteItemProps) {
  const { document } = quote;
  return (
    <figure id={quote.id} className="quote">
      <blockquote>
        <p>
          {quote.text}
          <Cites refs={refs} />
        </p>
      </blockquote>
      {document !== undefined ? (
        <figcaption className="quoted-from">
          — {document.source !== undefined ? <a href={recordPath("sources", document.source)}>{quotedFrom(document)}</a> : quotedFrom(document)}
        </figcaption>
      ) : who !== undefined ? (
        <figcaption>
          — <ParticipantName participant={who} />
        </figcaption>
      ) : null}
    </figure>
  );
}

/** A statement's text cut around the quotes it contains word for word (in text order, never overlapping). */
export function splitAtQuotes(text: string, quotes: readonly Quote[]): ({ text: string } | { quote: Quote })[] {
  const found = quotes
    .map((q) => ({ q, at: q.text === "" ? -1 : text.indexOf(q.text) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at);
  const parts: ({ text: string } | { quote: Quote })[] = [];
  let at = 0;
  for (const { q, at: start } of found) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ quote: q });
    at = start + q.text.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * The reported statements of a briefing. A quote whose words are in its statement is marked there, in context; the
 * statement's other quotes follow it; quotes of no recorded statement come last.
 */
export function StatementsSection({ dataset, record, speakerOf }: StatementsSectionProps) {
  if (record.statements.length === 0 && record.quotes.length === 0) return null;
  const notes = new SectionNotes(dataset, "statements");
  const statementIds = new Set(record.statements.map((s) => s.id));
  const items = record.statements.map((s) => {
    const own = record.quotes.filter((q) => q.statement === s.id);
    const parts = splitAtQuotes(s.text, own);
    const inline = new Set(parts.flatMap((p) => ("quote" in p ? [p.quote.id] : [])));
    // Numbered in reading order: the quotes marked in the text, the statement, then its other quotes.
    const quoteRefs = new Map(parts.flatMap((p) => ("quote" in p ? [[p.quote.id, notes.cite(p.quote.evidence)] as const] : [])));
    const refs = notes.cite(s.evidence);
    const apart = own.filter((q) => !inline.has(q.id)).map((q) => ({ q, refs: notes.cite(q.evidence) }));
    return { s, refs, parts, quoteRefs, quotes: apart };
  });
  const loose = record.quotes.filter((q) => q.statement === undefined || !statementIds.has(q.statement)).map((q) => ({ q, refs: notes.cite(q.evidence) }));
  return (
    <CitedSection id="statements" title="Statements and quotes" notes={notes}>
      <ul className="statements">
        {items.map(({ s, refs, parts, quoteRefs, quotes }) => {
          const who = speakerOf(s.participation);
          return (
            <li key={s.id} id={s.id}>
              <p>
                <span className="said-by">
                  {who ? <ParticipantName participant={who} /> : "Unknown speaker"}
                  {s.onBehalfOf && s.onBehalfOf.length > 0 ? (
                    <span className="on-behalf">
                      {" "}
                      on behalf of{" "}
                      {s.onBehalfOf.map((oid, j) => {
                        const o = getOrganization(dataset, oid);
                        return (
                          <span key={oid}>
                            {j > 0 ? ", " : null}
                            {o ? <a href={recordPath("organizations", o.id)}>{o.name}</a> : oid}
                          </span>
                        );
                      })}
                    </span>
                  ) : null}
                  :
                </span>{" "}
                {parts.map((p, i) =>
                  "quote" in p ? (
                    <span key={p.quote.id} id={p.quote.id} className="quoted">
                      {p.quote.text}
                      <Cites refs={quoteRefs.get(p.quote.id) ?? []} />
                    </span>
                  ) : (
                    <Fragment key={i}>{p.text}</Fragment>
                  ),
                )}
                <Cites refs={refs} />
              </p>
              {quotes.map(({ q, refs: quoteRefs }) => (
                <QuoteItem key={q.id} quote={q} refs={quoteRefs} />
              ))}
            </li>
          );
        })}
        {loose.map(({ q, refs }) => (
          <li key={q.id}>
            <QuoteItem quote={q} refs={refs} who={speakerOf(q.participation)} />
          </li>
        ))}
      </ul>
    </CitedSection>
  );
}
