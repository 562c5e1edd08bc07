"use client";
// The search page's client part: fetches the prebuilt index (built at build time) only when the reader
// searches, then searches it in the browser with core's data-free search entry.
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { search } from "@briefings/core/search";
import type { SearchHit, SearchIndex, SearchKind } from "@briefings/core";
import { hitHref, KIND_LABELS, SEARCH_INDEX_PATH } from "../lib/search-links";

type Status = "idle" | "loading" | "ready" | "error";

/** Props of `SearchClient`. */
export interface SearchClientProps {
  /** Where the index is fetched from (defaults to the file written at build time). */
  indexUrl?: string;
}

/** A search form and its results; without JavaScript the form still submits (and the page explains). */
export function SearchClient({ indexUrl = SEARCH_INDEX_PATH }: SearchClientProps) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const [searched, setSearched] = useState("");
  const index = useRef<Promise<SearchIndex> | undefined>(undefined);

  const loadIndex = useCallback(() => {
    index.current ??= fetch(indexUrl).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<SearchIndex>;
    });
    return index.current;
  }, [indexUrl]);

  const run = useCallback(
    async (q: string) => {
      const trimmed = q.trim();
      if (trimmed === "") {
        setHits([]);
        setSearched("");
        return;
      }
      setStatus((s) => (s === "ready" ? s : "loading"));
      try {
        const idx = await loadIndex();
        setHits(search(idx, trimmed, { limit: 100 }));
        setSearched(trimmed);
        setStatus("ready");
      } catch {
        index.current = undefined;
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
              : `${hits.length} result${hits.length === 1 ? "" : "s"} for “${searched}”`}
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
