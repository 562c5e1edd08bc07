"use client";
// The search page's client part: when the reader searches, fetches only the parts of the prebuilt index
// (built at build time) that the query needs, and ranks them in the browser with core's search engine.
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { ShardedSearch, type ShardHit } from "@briefings/core/search";
import type { SearchKind } from "@briefings/core";
import type { SearchHitDocument } from "../lib/search-index";
import { hitHref, KIND_LABELS, SEARCH_INDEX_PATH } from "../lib/search-links";

type Status = "idle" | "loading" | "ready" | "error";
type SearchHit = ShardHit<SearchHitDocument>;

/** Hits shown for a query (the best ones; the total is said). */
const SHOWN = 50;

/** Props of `SearchClient`. */
export interface SearchClientProps {
  /** The folder the index files are fetched from (defaults to the one written at build time). */
  indexUrl?: string;
}

/** A search form and its results; without JavaScript the form still submits (and the page explains). */
export function SearchClient({ indexUrl = SEARCH_INDEX_PATH }: SearchClientProps) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const [total, setTotal] = useState(0);
  const [searched, setSearched] = useState("");
  const index = useRef<ShardedSearch<SearchHitDocument> | undefined>(undefined);
  // Answers can arrive out of order (each loads different files): only the latest query's is shown.
  const latest = useRef(0);

  const loadIndex = useCallback(() => {
    index.current ??= new ShardedSearch<SearchHitDocument>(async (name) => {
      const r = await fetch(`${indexUrl}${name}`);
      if (!r.ok) throw new Error(`search index ${name}: HTTP ${r.status}`);
      return r.json();
    });
    return index.current;
  }, [indexUrl]);

  const run = useCallback(
    async (q: string) => {
      const trimmed = q.trim();
      const ticket = ++latest.current;
      if (trimmed === "") {
        setHits([]);
        setTotal(0);
        setSearched("");
        return;
      }
      setStatus((s) => (s === "ready" ? s : "loading"));
      try {
        const page = await loadIndex().search(trimmed, { limit: SHOWN });
        if (ticket !== latest.current) return;
        setHits(page.hits);
        setTotal(page.total);
        setSearched(trimmed);
        setStatus("ready");
      } catch {
        if (ticket !== latest.current) return;
        setStatus("error");
      }
    },
    [loadIndex],
  );

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    if (q !== "") {
      setQuery(q);
      void run(q);
    }
  }, [run]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    if (query.trim() === "") url.searchParams.delete("q");
    else url.searchParams.set("q", query.trim());
    window.history.replaceState(null, "", url);
    void run(query);
  };

  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.document.kind) ?? [];
    list.push(hit);
    groups.set(hit.document.kind, list);
  }

  return (
    <>
      <form action="/search/" method="get" role="search" aria-label="Search the dataset" onSubmit={onSubmit} className="search-box">
        <label htmlFor="q">Search briefings, people, organizations, quotes and figures</label>
        <div className="search-row">
          <input
            id="q"
            name="q"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              void run(e.target.value);
            }}
          />
          <button type="submit">Search</button>
        </div>
      </form>
      <p role="status" className="search-status">
        {status === "loading"
          ? "Loading the search index…"
          : status === "error"
            ? "The search index could not be loaded. Please try again."
            : searched === ""
              ? ""
              : `${total.toLocaleString("en-US")} result${total === 1 ? "" : "s"} for “${searched}”${total > hits.length ? ` (the best ${hits.length} shown)` : ""}`}
      </p>
      {[...groups].map(([kind, list]) => (
        <section key={kind} aria-labelledby={`results-${kind}`}>
          <h2 id={`results-${kind}`}>{KIND_LABELS[kind]}</h2>
          <ul className="results">
            {list.map((hit) => (
              <li key={`${hit.document.kind}:${hit.document.id}`}>
                <a href={hitHref(hit.document)}>{hit.document.title}</a>
                {hit.document.detail ? <p className="meta">{hit.document.detail}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
