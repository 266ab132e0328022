"use client";

import { useEffect, useRef, useState } from "react";
import type { AnnotationSummaryDto, LinkDto, LinkKind } from "@/lib/annotations/dto";
import { MAX_LINK_NOTE_LENGTH } from "@/lib/annotations/link-limits";
import { LINK_KIND_OPTIONS, linkErrorMessage } from "@/lib/reader/annotation-link";
import { api } from "./api";
import { FormFooter } from "./form-footer";
import { formKeys } from "./form-keys";
import { LinkTargetPicker, type LinkTarget } from "./link-target";

interface Props {
  fromId: string;
  sourceId: string;
  candidates: AnnotationSummaryDto[];
  /** After the server saved the link; the caller fetches both ends again. */
  onLinked: (link: LinkDto) => void;
}

/**
 * "Link to another annotation…": this annotation rebuts / supports / … that one,
 * with an optional note. Ctrl/Cmd+Enter saves, Escape closes and returns focus.
 */
export function LinkForm({ fromId, sourceId, candidates, onLinked }: Props) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<LinkKind>("rebuts");
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const formId = `an-linkform-${fromId}`;

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setError(null);
    setTarget(null);
    setNote("");
    toggle.current?.focus();
  };
  const save = async () => {
    if (busy) return;
    if (target === null) return setError("Choose the annotation to link to first.");
    setBusy(true);
    setError(null);
    const r = await api.link(fromId, { toId: target.id, kind, note: note.trim() === "" ? null : note.trim() });
    setBusy(false);
    if (!r.ok) return setError(linkErrorMessage(r.status, r.message));
    setStatus(`Link saved: this annotation ${LINK_KIND_OPTIONS.find((o) => o.value === kind)?.label ?? kind} “${r.data.otherSourceTitle}”.`);
    close();
    onLinked(r.data);
  };
  const onKeyDown = formKeys(() => void save(), close);

  return (
    <div className="an-linking">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : (setStatus(""), setOpen(true)))}
      >
        Link to another annotation…
      </button>
      <span className="an-hint" role="status">
        {status}
      </span>
      {open ? (
        <form
          id={formId}
          className="an-form an-link-form"
          aria-label="Link to another annotation"
          onKeyDown={onKeyDown}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="an-field">
            <span className="an-label">This annotation…</span>
            <select ref={first} value={kind} onChange={(e) => setKind(e.target.value as LinkKind)}>
              {LINK_KIND_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <LinkTargetPicker fromId={fromId} sourceId={sourceId} candidates={candidates} onChange={setTarget} />
          <label className="an-field">
            <span className="an-label">Note (optional)</span>
            <textarea value={note} maxLength={MAX_LINK_NOTE_LENGTH} rows={2} onChange={(e) => setNote(e.target.value)} />
          </label>
          <FormFooter error={error} busy={busy} submitLabel="Save link" onCancel={close} />
        </form>
      ) : null}
    </div>
  );
}
