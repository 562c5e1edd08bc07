import type { Metadata } from "next";
import { pageMetadata } from "../../src/lib/page-metadata";
import { SearchClient } from "../../src/components/search-client";

export const metadata: Metadata = pageMetadata({
  title: "Search",
  description: "Search the briefings dataset: briefings, people, organizations, quotes and figures.",
  path: "/search/",
  type: "website",
});

/** Search: the form is plain HTML; results need JavaScript, and the page says so when it is off. */
export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <noscript>
        <p className="notice">
          Search runs in your browser and needs JavaScript. Without it, browse the <a href="/">briefings</a> (with filters by year, type,
          organization and topic), <a href="/people/">people</a> and <a href="/organizations/">organizations</a>.
        </p>
      </noscript>
      {/* The one island of the site: it needs client code, so this page keeps Next's runtime (scripts/strip-runtime.mjs). */}
      <div data-island="search">
        <SearchClient />
      </div>
    </>
  );
}
