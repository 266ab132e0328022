"use client";

import { useEffect, useState } from "react";
import type { LinkCandidateDto } from "@/lib/annotations/dto";
import { api } from "./api";
import { formatDate, LAYER_LABELS } from "./layers";

interface Props {
  /** The annotation the link starts from; its radio group is named after it. */
  fromId: string;
  /** The source being read: its annotations are offered in the other mode. */
  sourceId: string;
  chosen: string;
  onChoose: (candidate: LinkCandidateDto) => void;
}

type Found =
  | { state: "idle" }
  | { state: "searching" }
  | { state: "done"; query: string; results: LinkCandidateDto[]; more: boolean }
  | { state: "error"; message: string };

/** Waits for a pause in typing, so a word typed fast is one request, not one per key. */
const PAUSE_MS = 250;

/** Find an annotation in another source by words of its quote, its note or its source's title. */
export function LinkSearch({ fromId, sourceId, chosen, onChoose }: Props) {
  const [text, setText] = useState("");
  const [found, setFound] = useState<Found>({ state: "idle" });
  const query = text.trim();

  useEffect(() => {
    if (query.length < 2) return setFound({ state: "idle" });
    let live = true;
    const timer = window.setTimeout(() => {
      setFound({ state: "searching" });
      void api.search(query, sourceId).then((r) => {
        if (!live) return;
        setFound(r.ok ? { state: "done", query, results: r.data.results.filter((c) => c.id !== fromId), more: r.data.more } : { state: "error", message: r.message });
      });
    }, PAUSE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, sourceId, fromId]);

  return (
    <div className="an-search">
      <label className="an-field">
        <span className="an-label">Search other sources</span>
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Words of the quote, the note or the source title"
          aria-describedby={`an-search-status-${fromId}`}
        />
      </label>
      <p id={`an-search-status-${fromId}`} className="an-hint" role="status">
        {statusLine(found, query)}
      </p>
      {found.state === "error" ? (
        <p role="alert" className="an-error">
          {found.message}
        </p>
      ) : null}
      {found.state === "done" && found.results.length > 0 ? (
        <ul className="an-search-results" aria-label="Annotations found">
          {found.results.map((c) => (
            <li key={c.id}>
              <label>
                <input type="radio" name={`an-found-${fromId}`} checked={chosen === c.id} onChange={() => onChoose(c)} />
                <span className="an-search-hit">
                  <span className="an-label">
                    {LAYER_LABELS[c.layer]} · {c.sourceTitle}
                  </span>
                  <q>{c.exact}</q>
                  <span className="an-muted">
                    {c.author.name} · <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
                  </span>
                  {c.note === "" ? null : <span className="an-muted">{c.note}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function statusLine(found: Found, query: string): string {
  if (found.state === "idle") return query.length === 1 ? "Type one more character." : "";
  if (found.state === "searching") return "Searching…";
  if (found.state === "error") return "";
  const n = found.results.length;
  if (n === 0) return `No annotation you can read in other sources matches “${found.query}”.`;
  const counted = `${n} ${n === 1 ? "annotation" : "annotations"} found`;
  return found.more ? `${counted}, the newest first; add words to narrow the search.` : `${counted}.`;
}
