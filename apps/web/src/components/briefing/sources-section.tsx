// The sources of a briefing, each with what was repaired in it (or flagged) and a link to its text.
import { CORRECTION_KIND_LABELS, formatDate, getSource, labelOf, plural, sourceCorrections } from "@briefings/core";
import type { Correction, Dataset, Meeting } from "@briefings/core";
import { sourceKindLabel } from "../../lib/evidence";
import { recordPath } from "../../lib/safe-href";
import { CorrectionTable } from "../correction-table";
import { DefectList } from "../defect-list";

/** "7 corrections: 2 injected text excised, 1 words restored, …", by kind in order of first appearance. */
export function correctionsSummary(corrections: readonly Correction[]): string {
  const counts = new Map<string, number>();
  for (const c of corrections) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const kinds = [...counts].map(([kind, n]) => `${n} ${labelOf(CORRECTION_KIND_LABELS, kind).toLowerCase()}`);
  return `${plural(corrections.length, "correction")}: ${kinds.join(", ")}`;
}

/** Props of `SourcesSection`. */
export interface SourcesSectionProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/**
 * Every source of a briefing with its defects and corrections. The corrections are folded (a native <details>, no
 * script): counted by kind in the summary, listed in full when opened, and shown in the text on the source's page.
 */
export function SourcesSection({ dataset, meeting }: SourcesSectionProps) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources and corrections</h2>
      {(meeting.sources ?? []).map((sid) => {
        const source = getSource(dataset, sid);
        const corrections = sourceCorrections(dataset, sid);
        return (
          <section key={sid} className="source-block" aria-label={source?.title ?? sid}>
            <h3>{source ? source.title : sid}</h3>
            {source ? (
              <p className="meta">
                {sourceKindLabel(source.kind)}
                {source.published ? ` · published ${formatDate(source.published)}` : null}
                {source.retrieved ? ` · retrieved ${formatDate(source.retrieved)}` : null}
                {" · "}
                <a href={recordPath("sources", sid)}>{source.archive ? "Read the archived text" : "About this source"}</a>
              </p>
            ) : (
              <p>This source is not in the dataset.</p>
            )}
            {source?.defects && source.defects.length > 0 ? (
              <>
                <p>Defects of this source (not archived, so not repaired here):</p>
                <DefectList defects={source.defects} />
              </>
            ) : null}
            {corrections.length === 0 ? (
              <p>No corrections recorded.</p>
            ) : (
              <details className="corrections-details">
                <summary>{correctionsSummary(corrections)}</summary>
                <CorrectionTable corrections={corrections} caption={`Corrections of ${source?.title ?? sid}`} />
              </details>
            )}
          </section>
        );
      })}
    </section>
  );
}
