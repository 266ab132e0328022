"use client";

import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { SimilarPassageDto } from "@/lib/search/dto";
import { compareHref, resultHref } from "@/lib/search/links";
import { call } from "@/components/annotations/api";
import { UI_ATTR } from "@/components/annotations/use-text-selection";
import "./search.css";

type State = { status: "loading" } | { status: "error"; message: string } | { status: "done"; results: SimilarPassageDto[] };

/** The passages of other sources most like the selection, each with the compare view of the two texts. */
export function FindElsewhere({ sourceId, range, onClose }: { sourceId: string; range: { start: number; end: number }; onClose: () => void }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    const url = `/api/sources/${encodeURIComponent(sourceId)}/similar?start=${range.start}&end=${range.end}`;
    void call<{ results: SimilarPassageDto[] }>("GET", url).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { status: "done", results: answer.data.results } : { status: "error", message: answer.message });
    });
    return () => {
      live = false;
    };
  }, [sourceId, range.start, range.end]);
  useEffect(() => heading.current?.focus(), []);

  const props = { [UI_ATTR]: "" };
  return createPortal(
    <section
      {...props}
      className="fe"
      aria-labelledby="fe-title"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <header className="fe-head">
        <h2 id="fe-title" tabIndex={-1} ref={heading}>
          Found elsewhere
        </h2>
        <button type="button" onClick={onClose} aria-label="Close found elsewhere">
          ×
        </button>
      </header>
      {state.status === "loading" ? (
        <p role="status">Looking through the other sources…</p>
      ) : state.status === "error" ? (
        <p role="alert">{state.message}</p>
      ) : state.results.length === 0 ? (
        <p role="status">No passage like this one in the other sources you can read.</p>
      ) : (
        <ol className="fe-list">
          {state.results.map((r) => (
            <li key={`${r.sourceSlug}:${r.start}`}>
              <p className="fe-title">
                {r.sourceTitle} <span className="fe-score">{Math.round(r.score * 100)}% alike</span>
              </p>
              <p className="fe-snippet">{r.snippet}</p>
              <p className="fe-links">
                <a href={resultHref(r)}>Open the passage</a>
                <a href={compareHref(sourceId, r.sourceSlug)}>Compare the two texts</a>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>,
    document.body,
  );
}
