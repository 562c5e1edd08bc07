import { meetingsByDate, perDataset, summarize } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { FACETS, FACET_LABELS, facetLabel, facetMeetings, facetPath, facetValues, type Facet } from "../lib/filters";
import { formatNumber, plural } from "@briefings/core";
import { BriefingList } from "./briefing-list";
import { Fact } from "./facts";

/** How many briefings the home page lists: the newest ones; every other briefing is one click away, by year. */
export const HOME_LATEST = 50;

/** The counts and the newest briefings of the home page (computed once per dataset). */
const homeOverview = perDataset((dataset) => ({ summary: summarize(dataset), latest: meetingsByDate(dataset).slice(0, HOME_LATEST) }));

/** Props of `HomeView`. */
export interface HomeViewProps {
  dataset: Dataset;
  /** The active filter, on a pre-rendered filter page; none on the home page. */
  filter?: { facet: Facet; value: string } | undefined;
}

/**
 * The list of briefings, newest first, with counts, a search box (a plain GET form) and filters (plain links to
 * pre-rendered pages), so that everything works without JavaScript. The home page lists the newest `HOME_LATEST`
 * (a page a phone can lay out quickly at any size of the record); a filter page lists every match.
 */
export function HomeView({ dataset, filter }: HomeViewProps) {
  const { summary, latest } = homeOverview(dataset);
  const total = dataset.meetings.length;
  const meetings = filter ? facetMeetings(dataset, filter.facet, filter.value) : latest;
  const heading = filter ? `${FACET_LABELS[filter.facet]}: ${facetLabel(dataset, filter.facet, filter.value)}` : "Briefings of the Counter-Terrorism Committee";
  return (
    <>
      <h1>{heading}</h1>
      {filter ? (
        <p>
          {plural(meetings.length, "briefing")} of {formatNumber(total)}. <a href="/">Latest briefings</a>
        </p>
      ) : (
        <>
          <p className="lede">
            Open, provenance-tracked records of meetings of the UN Security Council Counter-Terrorism Committee: who spoke, what was said, and
            where every fact comes from.
          </p>
          <dl className="counts" aria-label="The dataset in numbers">
            {(
              [
                ["Briefings", summary.briefings],
                ["People", summary.people],
                ["Organizations", summary.organizations],
                ["Quotes", summary.quotes],
              ] as const
            ).map(([term, n]) => (
              <Fact key={term} term={term}>
                {formatNumber(n)}
              </Fact>
            ))}
          </dl>
        </>
      )}
      <div className="search-box">
        <form action="/search/" method="get" role="search" aria-label="Search the dataset">
          <label htmlFor="home-q">Search briefings, people, organizations, quotes and figures</label>
          <div className="search-row">
            <input id="home-q" name="q" type="search" autoComplete="off" />
            <button type="submit">Search</button>
          </div>
        </form>
      </div>
      <div className="home-grid">
        <section aria-labelledby="list-heading" className="home-list">
          <h2 id="list-heading">{filter ? "Matching briefings" : "Latest briefings"}</h2>
          <BriefingList dataset={dataset} meetings={meetings} />
          {!filter && total > meetings.length ? (
            <p className="more">
              The {formatNumber(meetings.length)} newest of {plural(total, "briefing")}. Every briefing is listed by year:
              see the years under “Filter briefings”, or the <a href="/timeline/">timeline</a>.
            </p>
          ) : null}
        </section>
        <nav aria-labelledby="filters-heading" className="filters">
          <h2 id="filters-heading">Filter briefings</h2>
          {FACETS.map((facet) => {
            const values = facetValues(dataset, facet);
            if (values.length === 0) return null;
            return (
              <div key={facet} className="facet">
                <h3>{FACET_LABELS[facet]}</h3>
                <ul>
                  {values.map((v) => {
                    const current = filter?.facet === facet && filter.value === v.value;
                    return (
                      <li key={v.value}>
                        <a href={facetPath(facet, v.value)} aria-current={current ? "page" : undefined}>
                          {v.label}
                        </a>{" "}
                        <span className="count">({formatNumber(v.count)})</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </nav>
      </div>
    </>
  );
}
