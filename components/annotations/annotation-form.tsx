"use client";

import { useState, type ReactNode } from "react";
import type { BodyDoc } from "@/lib/annotations/body";
import type { VisibilityDto } from "@/lib/annotations/dto";
import { EMPTY_DOC } from "./body-json";
import { FormFooter } from "./form-footer";
import { formKeys } from "./form-keys";
import { LAYER_LABELS, LAYERS, type GroupOption, type Layer } from "./layers";
import type { NoteValue } from "./note-editor";
import { LazyNoteEditor as NoteEditor } from "./lazy-note-editor";
import type { CitationFields } from "@/lib/reader/citation-prefill";
import { CitationFieldset } from "./citation-fields";

// One form for a new annotation and for an edit: layer, note, tags, visibility, the
// archival citation and (new ones only) group. Ctrl/Cmd+Enter saves and Escape cancels from any field,
// the editor included: the keys are caught before ProseMirror sees them.

export interface FormValues {
  layer: Layer;
  body: BodyDoc;
  tags: string[];
  visibility: VisibilityDto;
  groupId: string | null;
  /** The archival-citation fields, where the form offers them. */
  citation?: CitationFields;
}

interface Props {
  title: ReactNode;
  initial: FormValues;
  /** Offered for a new annotation; an edit keeps its group. */
  groups?: GroupOption[];
  /** The choices the server accepts: no "Everyone" on a group's own source; only the current one for a non-author. */
  visibilities: readonly VisibilityDto[];
  submitLabel: string;
  /** The text's citation the citation fields were filled from, as written. */
  citationFrom?: string | null;
  onSubmit: (values: FormValues) => Promise<string | null>;
  onCancel: () => void;
}

const VISIBILITY_LABELS: Record<VisibilityDto, string> = {
  private: "Only me",
  group: "My group",
  public: "Everyone",
};

export const parseTags = (raw: string) => raw.split(",").map((t) => t.trim()).filter((t) => t !== "");

export function AnnotationForm({ title, initial, groups, visibilities, submitLabel, citationFrom = null, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [note, setNote] = useState<NoteValue>({ doc: initial.body, empty: initial.body === EMPTY_DOC });
  const [tags, setTags] = useState(initial.tags.join(", "));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));
  const needsGroup = groups !== undefined && values.visibility !== "private" && values.groupId === null;

  const submit = async () => {
    if (busy) return;
    if (needsGroup) return setError("Shared annotations belong to a group: choose one, or make it private.");
    setBusy(true);
    setError(null);
    const problem = await onSubmit({ ...values, body: note.doc, tags: parseTags(tags) });
    setBusy(false);
    if (problem !== null) setError(problem);
  };
  const onKeyDownCapture = formKeys(() => void submit(), onCancel);

  return (
    <form
      className="an-form"
      onKeyDownCapture={onKeyDownCapture}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="an-form-title">{title}</div>
      <label className="an-field">
        <span className="an-label">Layer</span>
        <select value={values.layer} onChange={(e) => set({ layer: e.target.value as Layer })}>
          {LAYERS.map((l) => (
            <option key={l} value={l}>
              {LAYER_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <NoteEditor label="Note" initial={initial.body} onChange={setNote} autoFocus />
      <label className="an-field">
        <span className="an-label">Tags (comma-separated, optional)</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="e.g. confession, NKVD" />
      </label>
      {visibilities.length > 1 ? (
        <fieldset className="an-field an-vis">
          <legend className="an-label">Who can see it</legend>
          {visibilities.map((v) => (
            <label key={v}>
              <input type="radio" name="visibility" value={v} checked={values.visibility === v} onChange={() => set({ visibility: v })} />
              {VISIBILITY_LABELS[v]}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="an-field an-muted">
          Who can see it: {VISIBILITY_LABELS[values.visibility]}. You cannot change this.
        </p>
      )}
      {values.citation === undefined ? null : (
        <CitationFieldset value={values.citation} onChange={(citation) => set({ citation })} filledFrom={citationFrom} />
      )}
      {groups === undefined ? null : (
        <label className="an-field">
          <span className="an-label">Group</span>
          <select value={values.groupId ?? ""} onChange={(e) => set({ groupId: e.target.value === "" ? null : e.target.value })}>
            <option value="">No group (private notes only)</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <FormFooter error={error} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
