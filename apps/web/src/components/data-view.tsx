import { summarize } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { DOWNLOADS } from "../lib/downloads";
import { formatDate, formatNumber } from "@briefings/core";

/** Props of `DataView`. */
export interface DataViewProps {
  dataset: Dataset;
}

/** Path of the dataset JSON written at build time. */
export const DATASET_JSON_PATH = "/data/briefings.json";

/** How to cite and reuse the dataset, and where to download it. */
export function DataView({ dataset }: DataViewProps) {
  const s = summarize(dataset);
  return (
    <>
      <h1>The data</h1>
      <section aria-labelledby="cite">
        <h2 id="cite">How to cite</h2>
        <blockquote className="citation">
          <p>{dataset.citation}</p>
        </blockquote>
      </section>
      <section aria-labelledby="licence">
        <h2 id="licence">Licence</h2>
        <p>
          The data is released under the{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license external noopener noreferrer">
            Creative Commons Attribution 4.0 International licence (CC BY 4.0)
          </a>
          : you may share and adapt it for any purpose, if you give credit. Archived source texts remain the work of their authors and are kept
          as evidence.
        </p>
      </section>
      <section aria-labelledby="download">
        <h2 id="download">Download</h2>
        <p>
          Version {dataset.version}. Every format holds the same records, related by ids; each fact keeps its evidence.
        </p>
        <ul>
          {DOWNLOADS.map((d) => (
            <li key={d.format}>
              <a href={d.href}>{d.label}</a> <span className="meta">({d.description})</span>
            </li>
          ))}
          <li>
            <a href={DATASET_JSON_PATH} download>
              Dataset as the site reads it (JSON)
            </a>{" "}
            <span className="meta">(indented, in the library&rsquo;s key order)</span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="contents">
        <h2 id="contents">What it holds</h2>
        <dl className="counts">
          {(
            [
              ["Briefings", s.briefings],
              ["People", s.people],
              ["Organizations", s.organizations],
              ["Posts", s.roles],
              ["Statements", s.statements],
              ["Quotes", s.quotes],
              ["Figures", s.figures],
              ["Sources", s.sources],
              ["Corrections", s.corrections],
            ] as const
          ).map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatNumber(n)}</dd>
            </div>
          ))}
        </dl>
        {s.firstDate ? (
          <p>
            From {formatDate(s.firstDate)} to {formatDate(s.lastDate)}.
          </p>
        ) : null}
      </section>
    </>
  );
}
