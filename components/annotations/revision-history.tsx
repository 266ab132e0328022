"use client";

import { useEffect, useState } from "react";
import type { RevisionDto } from "@/lib/annotations/dto";
import { revisionChanges } from "@/lib/reader/revision-changes";
import { api } from "./api";
import { formatDate } from "./layers";
import { NoteBody } from "./note-body";

interface Loaded {
  /** Newest first, as the server pages them. */
  revisions: RevisionDto[];
  next: number | null;
}

/** Who changed the annotation, when, and what: the revisions the server lets this reader see, a page at a time. */
export function RevisionHistory({ annotationId, version }: { annotationId: string; version: number }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api.revisions(annotationId).then((r) => {
      if (!live) return;
      if (r.ok) setLoaded(r.data);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
    // A new version means a new revision to show.
  }, [annotationId, version]);

  const loadOlder = async () => {
    if (loaded === null || loaded.next === null || busy) return;
    setBusy(true);
    const r = await api.revisions(annotationId, loaded.next);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setLoaded({ revisions: [...loaded.revisions, ...r.data.revisions], next: r.data.next });
  };

  if (error !== null && loaded === null) return <p role="alert" className="an-error">{error}</p>;
  if (loaded === null) return <p className="an-muted">Loading history…</p>;
  const { revisions, next } = loaded;
  return (
    <section className="an-history" aria-label="History">
      <h4>History</h4>
      <ol>
        {revisions.map((rev, i) => {
          const older = revisions[i + 1];
          // The oldest loaded revision's change is known once the page before it is.
          const changes = older === undefined && next !== null ? [] : revisionChanges(older, rev);
          return (
            <li key={rev.version}>
              <p className="an-meta">
                v{rev.version} · <strong>{rev.editor.name}</strong>
                {rev.kind === "placed" ? " placed it again on the new text" : ""} · <time dateTime={rev.createdAt}>{formatDate(rev.createdAt)}</time>
              </p>
              <ul className="an-changes">
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              {changes.includes("Note edited") || older === undefined ? (
                <details>
                  <summary>Note at v{rev.version}</summary>
                  <NoteBody doc={rev.body} className="an-note" />
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {error === null ? null : <p role="alert" className="an-error">{error}</p>}
      {next === null ? null : (
        <button type="button" className="an-more" onClick={() => void loadOlder()} disabled={busy}>
          {busy ? "Loading…" : "Load earlier versions"}
        </button>
      )}
    </section>
  );
}
