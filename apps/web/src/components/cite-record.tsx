// "Cite this record": the dataset's citation with the record's address and version, as a plain reference, BibTeX
// and CSL-JSON (core's `citationFormats`, the same the exports carry). Plain HTML: <details> opens without script.
import { citationFormats } from "@briefings/core";
import type { Citation } from "@briefings/core";

/** Props of `CiteThisRecord`. */
export interface CiteThisRecordProps {
  /** The record's citation (core's `recordCitation`). */
  citation: Citation;
}

/** How to cite the record shown on the page. */
export function CiteThisRecord({ citation }: CiteThisRecordProps) {
  const { text, bibtex, csl } = citationFormats(citation);
  return (
    <section aria-labelledby="cite-this" className="cite-record">
      <h2 id="cite-this">Cite this record</h2>
      <p className="citation-text">{text}</p>
      <details>
        <summary>BibTeX</summary>
        <pre className="citation-code">
          <code>{bibtex}</code>
        </pre>
      </details>
      <details>
        <summary>CSL-JSON</summary>
        <pre className="citation-code">
          <code>{`${JSON.stringify(csl, null, 2)}\n`}</code>
        </pre>
      </details>
    </section>
  );
}
