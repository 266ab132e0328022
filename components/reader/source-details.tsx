"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SourceSummary } from "@/lib/sources/types";
import type { MetadataRevisionDto } from "@/lib/sources/list-metadata-revisions";
import { METADATA_FIELDS, type MetadataField } from "@/lib/sources/metadata-fields";

// Below the reader's header: "Edit details" for who may (a group's editors; the
// instance's administrators for the public corpus), and the history of the details,
// every change with who and when, loaded when opened.

const LABELS: Record<MetadataField, string> = {
  title: "Title",
  author: "Author",
  site: "Site",
  url: "Original URL",
  published: "Published (e.g. 2019-08-25, 1997-09, 1937)",
  language: "Language",
  kind: "Kind",
  perspective: "Perspective",
};

type Values = Record<MetadataField, string>;

async function errorOf(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const message = typeof body === "object" && body !== null && "error" in body ? (body.error as { message?: unknown }).message : undefined;
  return typeof message === "string" ? message : `The server answered ${response.status}.`;
}

function EditForm({ source, onDone }: { source: SourceSummary; onDone: () => void }) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(() => Object.fromEntries(METADATA_FIELDS.map((f) => [f, source[f] ?? ""])) as Values);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/sources/${encodeURIComponent(source.id)}/metadata`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(values),
    }).catch(() => null);
    setBusy(false);
    if (response === null) return setError("The server could not be reached; nothing was saved.");
    if (!response.ok) return setError(await errorOf(response));
    onDone();
    router.refresh();
  };
  return (
    <form
      className="sd-form"
      aria-label="Edit the source's details"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {METADATA_FIELDS.map((field) => (
        <label key={field}>
          <span>{LABELS[field]}</span>
          <input value={values[field]} maxLength={2000} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
        </label>
      ))}
      {error === null ? null : <p role="alert" className="sd-error">{error}</p>}
      <div className="sd-actions">
        <button type="submit" disabled={busy}>{busy ? "Saving…" : "Save details"}</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}

function History({ sourceId }: { sourceId: string }) {
  const [state, setState] = useState<{ revisions: MetadataRevisionDto[] } | { error: string } | null>(null);
  const load = async () => {
    const response = await fetch(`/api/sources/${encodeURIComponent(sourceId)}/metadata`, { cache: "no-store" }).catch(() => null);
    if (response === null) return setState({ error: "The server could not be reached." });
    if (!response.ok) return setState({ error: await errorOf(response) });
    setState((await response.json()) as { revisions: MetadataRevisionDto[] });
  };
  return (
    <details className="sd-history" onToggle={(e) => void ((e.currentTarget as HTMLDetailsElement).open && load())}>
      <summary>History of these details</summary>
      {state === null ? <p className="sd-muted">Loading…</p> : "error" in state ? <p role="alert">{state.error}</p> : state.revisions.length === 0 ? (
        <p className="sd-muted">No changes since the source was imported.</p>
      ) : (
        <ol>
          {state.revisions.map((r) => (
            <li key={r.id}>
              <time dateTime={r.createdAt}>{new Date(r.createdAt).toLocaleString()}</time> · {r.editor?.name ?? "a deleted account"}
              <ul>
                {Object.entries(r.changes).map(([field, change]) => (
                  <li key={field}>
                    {LABELS[field as MetadataField].replace(/ \(.*\)$/, "")}: {change.from ?? "unknown"} → {change.to ?? "unknown"}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

export function SourceDetails({ source, canEdit }: { source: SourceSummary; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="sd">
      {canEdit && !editing ? (
        <button type="button" onClick={() => setEditing(true)}>
          Edit details
        </button>
      ) : null}
      {editing ? <EditForm source={source} onDone={() => setEditing(false)} /> : null}
      <History key={editing ? "editing" : "shown"} sourceId={source.id} />
    </div>
  );
}
