// A small per-year strip: one column per year of the dataset, its height the count, every year said in words for
// screen readers (the columns themselves are drawing only). HTML and CSS: no script, no image.
import { formatNumber } from "@briefings/core";
import type { YearCount } from "@briefings/core";

/** Props of `YearStrip`. */
export interface YearStripProps {
  /** The counts, one per year, oldest first (zeros included: the strip's axis). */
  counts: readonly YearCount[];
  /** What is counted, singular and plural ("briefing", "briefings"). */
  noun: readonly [string, string];
  /** The caption (e.g. "Briefings per year"). */
  caption: string;
}

/** The counts per year as a strip of columns, with the years at both ends and every fifth year labelled. */
export function YearStrip({ counts, noun, caption }: YearStripProps) {
  if (counts.length === 0) return null;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const total = counts.reduce((n, c) => n + c.count, 0);
  const first = counts[0]!.year;
  const last = counts[counts.length - 1]!.year;
  return (
    <figure className="year-strip">
      <figcaption>
        {caption}, {first}–{last} ({formatNumber(total)} {total === 1 ? noun[0] : noun[1]})
      </figcaption>
      <ol style={{ gridTemplateColumns: `repeat(${counts.length}, minmax(0, 1fr))` }}>
        {counts.map((c) => {
          const labelled = c.year === first || c.year === last || c.year % 5 === 0;
          return (
            <li key={c.year} className={c.count === 0 ? "empty" : undefined}>
              <span className="strip-column" aria-hidden="true">
                <span className="strip-bar" style={{ height: `${Math.round((c.count / max) * 100)}%` }} />
              </span>
              <span className={labelled ? "strip-year" : "strip-year visually-hidden"}>{c.year}</span>
              <span className="visually-hidden">: {c.count === 0 ? "none" : `${formatNumber(c.count)} ${c.count === 1 ? noun[0] : noun[1]}`}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
