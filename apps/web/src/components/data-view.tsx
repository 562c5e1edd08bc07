import { summarize, versions } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { DOWNLOADS } from "../lib/downloads";
import { formatDate, formatNumber } from "@briefings/core";
import { installCommand, PACKAGES_PATH, type LibraryPackage } from "../lib/library";
import { Fact } from "./facts";

/** Props of `DataView`. */
export interface DataViewProps {
  /** The dataset the site shows. */
  dataset: Dataset;
  /** The library's tarballs published with the site (none in a build from a test dataset). */
  packages?: readonly LibraryPackage[];
  /** The site's public origin, for the install command (`https://…`, no trailing slash). */
  origin?: string;
}

/** Path of the dataset JSON written at build time. */
export const DATASET_JSON_PATH = "/data/briefings.json";

/** How to cite and reuse the dataset, and where to download it. */
export function DataView({ dataset, packages = [], origin = "" }: DataViewProps) {
  const s = summarize(dataset);
  const v = versions(dataset);
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
      <section aria-labelledby="library">
        <h2 id="library">Use it in your project</h2>
        <p>
          The same records as a typed library for Node.js 20.19 or later: the dataset with its TypeScript types, the zod schemas, the
          validator and the queries in <code>@briefings/core</code>; the writers of every format above in <code>@briefings/export</code>. Code
          and data are versioned apart: library {v.library}, data {v.data}.
        </p>
        {packages.length > 0 ? (
          <>
            <ul className="packages">
              {packages.map((p) => (
                <li key={p.file}>
                  <a href={`${PACKAGES_PATH}${p.file}`} download>
                    {p.name} {p.version}
                  </a>{" "}
                  <span className="meta">
                    ({formatNumber(Math.ceil(p.bytes / 1024))} KB, npm tarball)
                  </span>
                  <br />
                  SHA-256 <code>{p.sha256}</code>
                </li>
              ))}
            </ul>
            <p>Install from this site (or from the downloaded files, by their paths):</p>
            <p>
              <code>{installCommand(packages, origin)}</code>
            </p>
            <p>
              To check the files you downloaded: <code>sha256sum -c SHA256SUMS</code> beside them (
              <a href={`${PACKAGES_PATH}SHA256SUMS`}>SHA256SUMS</a>).
            </p>
          </>
        ) : (
          <p className="note">This build of the site does not publish the library.</p>
        )}
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
            <Fact key={label} term={label}>
              {formatNumber(n)}
            </Fact>
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
