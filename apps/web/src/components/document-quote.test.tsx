// A quote of a document (issue 12) on a briefing's page: captioned with its document in core's words, linked to the
// document's source page when the dataset holds it; the title is text, never markup (synthetic case built for this test).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataset, type Dataset } from "@briefings/core";
import { BriefingView } from "./briefing-view";

/** The curated dataset with its first quote given to a document; `source` names one of the dataset's sources. */
function withDocumentQuote(title: string, source?: string): { d: Dataset; quote: Dataset["quotes"][number] } {
  const d = structuredClone(dataset);
  const quote = d.quotes[0]!;
  delete quote.participation;
  delete quote.statement;
  quote.document = { title, ...(source !== undefined ? { source } : {}) };
  return { d, quote };
}

/** The <figure> of a quote in the markup. */
const figureOf = (html: string, id: string) => {
  const at = html.indexOf(`<figure id="${id}"`);
  return html.slice(at, html.indexOf("</figure>", at));
};

describe("a document's quote on the briefing page", () => {
  it("is captioned “— quoted from <document>”, with no speaker", () => {
    const { d, quote } = withDocumentQuote("The synthetic concept note");
    const figure = figureOf(renderToStaticMarkup(<BriefingView dataset={d} id={quote.meeting} />), quote.id);
    expect(figure).toContain('<figcaption class="quoted-from">— quoted from the synthetic concept note</figcaption>');
    expect(figure).not.toContain("/people/");
  });

  it("links the caption to the document's source page when the dataset holds the document", () => {
    const source = dataset.sources[1]!.id;
    const { d, quote } = withDocumentQuote("A synthetic communiqué", source);
    const figure = figureOf(renderToStaticMarkup(<BriefingView dataset={d} id={quote.meeting} />), quote.id);
    expect(figure).toContain(`<a href="/sources/${encodeURIComponent(source)}/">quoted from a synthetic communiqué</a>`);
  });

  it("shows a title holding markup as text", () => {
    const { d, quote } = withDocumentQuote('The <img src=x onerror="alert(1)"> report');
    const figure = figureOf(renderToStaticMarkup(<BriefingView dataset={d} id={quote.meeting} />), quote.id);
    expect(figure).not.toContain("<img");
    expect(figure).toContain("quoted from the &lt;img src=x onerror=&quot;alert(1)&quot;&gt; report");
  });
});
