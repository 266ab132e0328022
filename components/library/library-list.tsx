"use client";

import { useMemo, useState } from "react";
import type { LibrarySource } from "@/lib/sources/types";
import { filterSources } from "@/lib/reader/filter-sources";
import { SourceCard } from "./source-card";
import { useTextMatches } from "./use-text-matches";

// Filters as the user types. The query is mirrored into ?q= so a filtered view can
// be shared, and the form submits ?q= when JavaScript is off (the server seeds it).

export function LibraryList({ sources, initialQuery }: { sources: LibrarySource[]; initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const matches = useTextMatches(query);
  // A source whose metadata or whose text holds the words.
  const shown = useMemo(() => {
    const byMetadata = new Set(filterSources(sources, query).map((s) => s.slug));
    return sources.filter((s) => byMetadata.has(s.slug) || (matches[s.slug] ?? 0) > 0);
  }, [sources, query, matches]);

  const update = (value: string) => {
    setQuery(value);
    const url = value.trim() === "" ? window.location.pathname : `?q=${encodeURIComponent(value)}`;
    window.history.replaceState(null, "", url);
  };

  const count =
    shown.length === sources.length
      ? `${sources.length} ${sources.length === 1 ? "source" : "sources"}`
      : `${shown.length} of ${sources.length} sources`;

  return (
    <>
      <form role="search" className="filter" action="/" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="q">Filter by title, author, site, kind, perspective or words of the text</label>
        <input id="q" name="q" type="search" value={query} onChange={(e) => update(e.target.value)} autoComplete="off" />
      </form>
      <p className="count" aria-live="polite">
        {count}
      </p>
      {shown.length === 0 ? (
        <div className="none">
          <p>No source matches “{query.trim()}”.</p>
          <button type="button" onClick={() => update("")}>
            Clear the filter
          </button>
        </div>
      ) : (
        <ul className="cards">
          {shown.map((s) => (
            <SourceCard key={s.id} source={s} textMatches={query.trim() === "" ? undefined : { query: query.trim(), count: matches[s.slug] ?? 0 }} />
          ))}
        </ul>
      )}
    </>
  );
}
