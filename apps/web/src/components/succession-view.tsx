// The succession of the Chairs of the Counter-Terrorism Committee and of the heads of CTED, as a timeline on one
// shared axis: one row per tenure (acting spells apart), the dates in words (the term a source states, and the first
// and last meeting at which the holder is seen), and a bar drawn from them that links to the person.
import type { CSSProperties } from "react";
import { CTC_CHAIR, CTED_HEAD, axisFraction, datasetYears, formatObserved, formatPartialRange, successionChart, succession, tenureTitle } from "@briefings/core";
import type { Dataset, Post, SuccessionChart, TenureBar, YearRange } from "@briefings/core";
import { SectionNotes, type NoteRef } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { Cites, SourceNotes } from "./citations";

/** Props of `SuccessionView`. */
export interface SuccessionViewProps {
  dataset: Dataset;
}

/** The posts shown, in order, with the id of their section. */
const POSTS: readonly (readonly [string, Post])[] = [
  ["ctc-chairs", CTC_CHAIR],
  ["cted-heads", CTED_HEAD],
];

const pct = (x: number) => `${Math.round(x * 10000) / 100}%`;

/** The axis shared by both posts: the dataset's years, widened to every tenure's. */
function sharedAxis(dataset: Dataset): YearRange | undefined {
  const years = datasetYears(dataset);
  let first = years?.first;
  let last = years?.last;
  for (const [, post] of POSTS) {
    const chart = successionChart(dataset, post);
    if (chart.bars.length === 0) continue;
    first = first === undefined ? chart.axis.first : Math.min(first, chart.axis.first);
    last = last === undefined ? chart.axis.last : Math.max(last, chart.axis.last);
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** The years labelled on the axis: the first, then every fifth. */
function ticks(axis: YearRange): number[] {
  const out: number[] = [];
  for (let y = axis.first; y <= axis.last + 1; y++) if (y === axis.first || y % 5 === 0) out.push(y);
  return out;
}

/** One tenure: the holder (a link), the post, the dates in words with the term's evidence, and the bar. */
function TenureRow({ chart, bar, termRefs }: { chart: SuccessionChart; bar: TenureBar; termRefs: readonly NoteRef[] }) {
  const t = bar.tenure;
  const acting = t.tenure === "acting";
  const href = recordPath("people", t.person.id);
  const term = formatPartialRange(t.term.start, t.term.end);
  const left = axisFraction(chart.axis, bar.from);
  const width = axisFraction(chart.axis, bar.to) - left;
  const observed = bar.observed ? { left: axisFraction(chart.axis, bar.observed.from), right: axisFraction(chart.axis, bar.observed.to) } : undefined;
  const spanClass = ["gantt-span", bar.startStated ? "" : "open-start", bar.endStated ? "" : "open-end"].filter(Boolean).join(" ");
  return (
    <li className={acting ? "tenure acting" : "tenure"}>
      <div className="tenure-text">
        <p className="tenure-name">
          <a href={href}>{t.person.name}</a> <span className="tenure-title">{tenureTitle(t)}</span>
        </p>
        <p className="tenure-dates meta">
          {term !== "" ? (
            <>
              Term stated: {term}
              <Cites refs={termRefs} />
              {" · "}
            </>
          ) : (
            "No term stated · "
          )}
          {formatObserved(t.observed.start, t.observed.end)}
        </p>
      </div>
      <div className="gantt-track" aria-hidden="true">
        <a className={spanClass} href={href} tabIndex={-1} style={{ left: pct(left), width: pct(width) }} />
        {observed ? <span className="gantt-observed" style={{ left: pct(observed.left), width: pct(observed.right - observed.left) }} /> : null}
      </div>
    </li>
  );
}

/** The timeline of one post. */
function PostTimeline({ dataset, id, post, axis }: { dataset: Dataset; id: string; post: Post; axis: YearRange }) {
  const chart = successionChart(dataset, post, axis);
  const undated = succession(dataset, post).length - chart.bars.length;
  const style = { "--years": axis.last + 1 - axis.first } as CSSProperties;
  // The stated terms' sources, numbered for this post (its list follows the chart).
  const notes = new SectionNotes(dataset, id);
  const rows = chart.bars.map((bar) => ({ bar, termRefs: notes.cite(bar.tenure.roles.flatMap((r) => r.term?.evidence ?? [])) }));
  return (
    <section aria-labelledby={id} className="post-timeline">
      <h2 id={id}>{post.label ?? post.titles.join(", ")}</h2>
      {chart.bars.length === 0 ? (
        <p>No holder of this post is recorded.</p>
      ) : (
        <ol className="gantt" style={style}>
          <li className="gantt-axis-row" aria-hidden="true">
            <div className="tenure-text" />
            <div className="gantt-axis">
              {ticks(axis).map((y) => (
                <span key={y} style={{ left: pct(axisFraction(axis, y)) }}>
                  {y}
                </span>
              ))}
            </div>
          </li>
          {rows.map(({ bar, termRefs }) => (
            <TenureRow key={`${bar.tenure.person.id}-${bar.tenure.tenure}`} chart={chart} bar={bar} termRefs={termRefs} />
          ))}
        </ol>
      )}
      {undated > 0 ? <p className="meta">{undated} more without any date are not drawn.</p> : null}
      <SourceNotes notes={notes} title="Sources of the stated terms" />
    </section>
  );
}

/** The succession page's body. */
export function SuccessionView({ dataset }: SuccessionViewProps) {
  const axis = sharedAxis(dataset);
  return (
    <article className="succession">
      <header className="page-header">
        <p className="kicker">Timeline</p>
        <h1>Chairs of the Committee and heads of CTED</h1>
        <p className="lede">
          Who held each post, as far as the record knows: the term of office where a source states it, and otherwise only the first and last meeting at
          which the holder is seen, which may fall well inside the real term.
        </p>
      </header>
      <ul className="legend gantt-legend" aria-label="How to read the bars">
        <li>
          <span className="key key-observed" aria-hidden="true" /> seen at meetings (first to last)
        </li>
        <li>
          <span className="key key-span" aria-hidden="true" /> term stated by a source
        </li>
        <li>
          <span className="key key-open" aria-hidden="true" /> dashed end: the start or end is not stated
        </li>
        <li>
          <span className="key key-acting" aria-hidden="true" /> striped: acting (or Officer-in-Charge)
        </li>
      </ul>
      {axis ? POSTS.map(([id, post]) => <PostTimeline key={id} dataset={dataset} id={id} post={post} axis={axis} />) : <p>The dataset holds no dated posts.</p>}
    </article>
  );
}
