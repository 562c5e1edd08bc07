import { LOCATION_ROLE_LABELS, LOCATION_STATUS_LABELS, formatConfidence, formatDate, getOrganization, getSource, labelOf, sourceCorrections, sourceMeetings } from "@briefings/core";
import { sourceKindLabel, spansOfSource } from "../lib/evidence";
import { recordPath } from "../lib/safe-href";
import { CorrectionTable } from "./correction-table";
import { DefectList } from "./defect-list";
import { Fact, InlineList } from "./facts";
import { ExternalLink } from "./links";
import { RecordHeader } from "./record-header";
import { SourceText } from "./source-text";
import { MissingRecord, type RecordViewProps } from "./record-view";

/** Props of `SourceView`. */
export type SourceViewProps = RecordViewProps;

/** A source: where it is published, the briefings built from it, its archived text with evidence and corrections. */
export function SourceView({ dataset, id }: SourceViewProps) {
  const source = getSource(dataset, id);
  if (!source) return <MissingRecord kind="source" id={id} />;
  const corrections = sourceCorrections(dataset, id);
  const spans = spansOfSource(dataset, id);
  const meetings = sourceMeetings(dataset, id);
  const publisher = source.publisher === undefined ? undefined : getOrganization(dataset, source.publisher);
  return (
    <article className="source">
      <RecordHeader kicker={sourceKindLabel(source.kind)} title={source.title} />
      <dl className="facts">
        {publisher ? (
          <Fact term="Publisher">
            <a href={recordPath("organizations", publisher.id)}>{publisher.name}</a>
          </Fact>
        ) : null}
        {source.published ? <Fact term="Published">{formatDate(source.published)}</Fact> : null}
        {source.retrieved ? <Fact term="Retrieved">{formatDate(source.retrieved)}</Fact> : null}
        {meetings.length > 0 ? (
          <Fact term="Used for">
            <InlineList items={meetings} itemKey={(m) => m.id} render={(m) => <a href={recordPath("briefings", m.id)}>{m.title.value}</a>} />
          </Fact>
        ) : null}
      </dl>
      <section aria-labelledby="locations">
        <h2 id="locations">Where it is published</h2>
        <ul>
          {(source.locations ?? []).map((l, i) => (
            <li key={i}>
              <span className="meta">
                {labelOf(LOCATION_ROLE_LABELS, l.role)}, {labelOf(LOCATION_STATUS_LABELS, l.status)}
              </span>{" "}
              {l.url ? <ExternalLink href={l.url}>{l.url}</ExternalLink> : l.path ? <code>{l.path}</code> : null}
              {formatConfidence(l.confidence) ? <span className="meta"> (confidence {formatConfidence(l.confidence)})</span> : null}
              {l.note ? <span className="note"> {l.note}</span> : null}
            </li>
          ))}
        </ul>
        {source.note ? <p className="note">{source.note}</p> : null}
      </section>
      {source.archive ? (
        <section aria-labelledby="text">
          <h2 id="text">Archived text</h2>
          <p className="legend">
            <mark className="ev">Highlighted</mark> passages are evidence for facts in the dataset; a followed evidence link is outlined.{" "}
            <del className="excised">Struck-through</del> text is injected text that was excised; <ins>underlined</ins> text was restored;{" "}
            <span className="flagged">dotted</span> text is a flagged defect left as it is. Excised text in a script your fonts may lack is
            followed by its code points (U+…). Numbers in brackets lead to the corrections below.
          </p>
          <SourceText text={source.archive.text} spans={spans} corrections={corrections} correctionIdPrefix="correction-" lang={source.language} />
          <p className="meta">
            {source.archive.attribution} SHA-256 <code className="hash">{source.archive.sha256}</code>
          </p>
        </section>
      ) : (
        <section aria-labelledby="text">
          <h2 id="text">Archived text</h2>
          <p>No copy of this source is archived: facts cite it as a whole, by its address.</p>
        </section>
      )}
      <section aria-labelledby="corrections">
        <h2 id="corrections">Corrections</h2>
        {source.defects && source.defects.length > 0 ? <DefectList defects={source.defects} /> : null}
        {corrections.length === 0 ? (
          <p>No corrections recorded.</p>
        ) : (
          <CorrectionTable corrections={corrections} caption={`Corrections of ${source.title}`} idPrefix="correction-" />
        )}
      </section>
    </article>
  );
}
