// The timeline: meetings per year as horizontal bars split by family of meeting type, each year a link to its list;
// then the same counts as tables (by year with every type, and by type). The bars are drawing only: each row says its
// counts in words, and the tables hold every number.
import { MEETING_TYPE_GROUP_LABELS, MEETING_TYPE_LABELS, formatNumber, labelOf, meetingTimeline, meetingTypeGroup, plural } from "@briefings/core";
import type { Dataset, MeetingTypeGroup, TimelineYear } from "@briefings/core";
import { facetPath } from "../lib/filters";
import { Table } from "./table";

/** Props of `TimelineView`. */
export interface TimelineViewProps {
  dataset: Dataset;
}

const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10}%`;

/** "5 Committee briefings and meetings, 2 Security Council meetings". */
function groupsInWords(year: TimelineYear): string {
  return year.groups.map((g) => `${formatNumber(g.count)} ${labelOf(MEETING_TYPE_GROUP_LABELS, g.group)}`).join(", ");
}

/** The swatch of a family of types, as in the bars. */
function Swatch({ group }: { group: MeetingTypeGroup }) {
  return <span className={`swatch seg-${group}`} aria-hidden="true" />;
}

/** The timeline page's body. */
export function TimelineView({ dataset }: TimelineViewProps) {
  const timeline = meetingTimeline(dataset.meetings);
  const years = timeline.years;
  if (years.length === 0) {
    return (
      <>
        <h1>Meetings by year</h1>
        <p>The dataset holds no meetings.</p>
      </>
    );
  }
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const total = years.reduce((n, y) => n + y.total, 0);
  const curated = years.reduce((n, y) => n + y.review.curated, 0);
  const draft = total - curated;
  return (
    <article className="timeline">
      <header className="page-header">
        <p className="kicker">Timeline</p>
        <h1>Meetings by year</h1>
        <p className="lede">
          {plural(total, "meeting")} from {first} to {last}, by the year of their first day and by type:{" "}
          <a href={facetPath("review", "curated")}>{formatNumber(curated)} curated</a>
          {draft > 0 ? (
            <>
              , <a href={facetPath("review", "draft")}>{formatNumber(draft)} in draft</a>
            </>
          ) : null}
          . Choose a year to list its meetings.
        </p>
      </header>
      <figure className="year-chart" aria-labelledby="year-chart-caption">
        <figcaption id="year-chart-caption">
          <h2>Meetings per year, by kind of meeting</h2>
        </figcaption>
        <ul className="legend" aria-label="Kinds of meeting">
          {timeline.groups.map((g) => (
            <li key={g.group}>
              <Swatch group={g.group} /> {labelOf(MEETING_TYPE_GROUP_LABELS, g.group)} ({formatNumber(g.count)})
            </li>
          ))}
        </ul>
        <ol className="year-bars">
          {years.map((y) => (
            <li key={y.year} id={`year-${y.year}`} className={y.total === 0 ? "empty" : undefined}>
              <span className="year-label">{y.total > 0 ? <a href={facetPath("year", String(y.year))}>{y.year}</a> : y.year}</span>
              <span className="bar-track" aria-hidden="true">
                {y.groups.map((g) => (
                  <span key={g.group} className={`seg seg-${g.group}`} style={{ width: percent(g.count, timeline.max) }} />
                ))}
              </span>
              <span className="year-total">
                {formatNumber(y.total)}
                <span className="visually-hidden">
                  {" "}
                  {y.total === 1 ? "meeting" : "meetings"}
                  {y.total > 0 ? `: ${groupsInWords(y)}` : ""}
                </span>
                {y.review.draft > 0 ? <span className="year-draft"> ({formatNumber(y.review.draft)} draft)</span> : null}
              </span>
            </li>
          ))}
        </ol>
      </figure>
      <section aria-labelledby="by-year">
        <h2 id="by-year">Every year, every type</h2>
        <Table caption="Meetings by year: totals, review state and types" hiddenCaption className="data-table" columns={["Year", "Meetings", "Curated", "Draft", "Types"]}>
          {years
            .filter((y) => y.total > 0)
            .map((y) => (
              <tr key={y.year}>
                <th scope="row">
                  <a href={facetPath("year", String(y.year))}>{y.year}</a>
                </th>
                <td className="num">{formatNumber(y.total)}</td>
                <td className="num">{formatNumber(y.review.curated)}</td>
                <td className="num">{formatNumber(y.review.draft)}</td>
                <td>{y.types.map((t) => `${labelOf(MEETING_TYPE_LABELS, t.type)} ${formatNumber(t.count)}`).join(" · ")}</td>
              </tr>
            ))}
        </Table>
        {years.some((y) => y.total === 0) ? (
          <p className="meta">
            Years with no meeting in the record:{" "}
            {years
              .filter((y) => y.total === 0)
              .map((y) => y.year)
              .join(", ")}
            .
          </p>
        ) : null}
      </section>
      <section aria-labelledby="by-type">
        <h2 id="by-type">By type</h2>
        <Table caption="Meetings by type, with the kind of meeting each type is drawn as" hiddenCaption className="data-table" columns={["Type, as the sources state it", "Kind", "Meetings"]}>
          {timeline.types.map((t) => {
            const group = meetingTypeGroup(t.type);
            return (
              <tr key={t.type}>
                <th scope="row">
                  <a href={facetPath("type", t.type)}>{labelOf(MEETING_TYPE_LABELS, t.type)}</a>
                </th>
                <td>
                  <Swatch group={group} /> {labelOf(MEETING_TYPE_GROUP_LABELS, group)}
                </td>
                <td className="num">{formatNumber(t.count)}</td>
              </tr>
            );
          })}
        </Table>
      </section>
    </article>
  );
}
