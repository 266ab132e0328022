"use client";

import { useEffect, useState } from "react";
import type { RevisionDto } from "@/lib/annotations/dto";
import { revisionChanges } from "@/lib/reader/revision-changes";
import { api } from "./api";
import { formatDate } from "./layers";
import { NoteBody } from "./note-body";

/** Who changed the annotation, when, and what: every revision the server kept. */
export function RevisionHistory({ annotationId, version }: { annotationId: string; version: number }) {
  const [revisions, setRevisions] = useState<RevisionDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.revisions(annotationId).then((r) => {
      if (!live) return;
      if (r.ok) setRevisions(r.data.revisions);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
    // A new version means a new revision to show.
  }, [annotationId, version]);

  if (error !== null) return <p role="alert" className="an-error">{error}</p>;
  if (revisions === null) return <p className="an-muted">Loading history…</p>;
  return (
    <section className="an-history" aria-label="History">
      <h4>History</h4>
      <ol reversed>
        {revisions
          .map((rev, i) => ({ rev, changes: revisionChanges(revisions[i - 1], rev) }))
          .reverse()
          .map(({ rev, changes }) => (
            <li key={rev.version}>
              <p className="an-meta">
                v{rev.version} · <strong>{rev.editor.name}</strong> · <time dateTime={rev.createdAt}>{formatDate(rev.createdAt)}</time>
              </p>
              <ul className="an-changes">
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              {changes.includes("Note edited") || changes[0] === "Created" ? (
                <details>
                  <summary>Note at v{rev.version}</summary>
                  <NoteBody doc={rev.body} className="an-note" />
                </details>
              ) : null}
            </li>
          ))}
      </ol>
    </section>
  );
}
