"use client";

import { useEffect, useId, useRef, useState } from "react";
import { EXPORT_FORMAT_IDS, type ExportFormatId, FORMAT_LABELS } from "@/lib/export/format-ids";
import { type ExportScopeQuery, exportUrl } from "@/lib/export/export-url";
import { type ExportProgress, useExportDownload } from "./use-export-download";
import "./export.css";

/** One choice of what to export; `disabled` says why it cannot be chosen now. */
export interface ExportScopeOption {
  id: string;
  label: string;
  query: ExportScopeQuery;
  disabled?: string;
}

interface Props {
  open: boolean;
  onClose: () => void;
  scopes: ExportScopeOption[];
  /** The scope chosen when the dialog opens (default: the first that can be chosen). */
  initialScope?: string;
}

function progressText(p: ExportProgress): string {
  if (p.state === "running") {
    const kb = `${Math.max(1, Math.round(p.bytes / 1024)).toLocaleString()} KB`;
    return p.total === null ? `Exporting… ${kb} so far` : `Exporting ${p.total.toLocaleString()} annotation${p.total === 1 ? "" : "s"}… ${kb} so far`;
  }
  if (p.state === "done") return `Downloaded ${p.fileName}${p.total === null ? "" : ` (${p.total.toLocaleString()} annotation${p.total === 1 ? "" : "s"})`}.`;
  return "";
}

/**
 * The export dialog: what (the scopes the page offers) and in which format. Mounted
 * by the reader's panel and the group page; the compare view and the claims board
 * mount it with their own scopes (for a claim: `{ claim: annotationId }`).
 */
export function ExportDialog({ open, onClose, scopes, initialScope }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const firstEnabled = scopes.find((s) => s.disabled === undefined)?.id ?? "";
  const [scopeId, setScopeId] = useState(initialScope ?? firstEnabled);
  const [format, setFormat] = useState<ExportFormatId>("markdown");
  const { progress, start, cancel } = useExportDownload();

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (open && !d.open) {
      setScopeId(initialScope ?? firstEnabled);
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open, initialScope, firstEnabled]);

  const scope = scopes.find((s) => s.id === scopeId && s.disabled === undefined);
  const running = progress.state === "running";
  const close = () => {
    cancel();
    onClose();
  };

  return (
    <dialog ref={dialog} className="ex-dialog" aria-labelledby={`${id}-title`} onClose={close} onCancel={close}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (scope !== undefined) void start(exportUrl(format, scope.query));
        }}
      >
        <h2 id={`${id}-title`}>Export annotations</h2>
        <fieldset>
          <legend>What</legend>
          {scopes.map((s) => (
            <label key={s.id} className="ex-choice" data-disabled={s.disabled !== undefined || undefined}>
              <input type="radio" name="scope" value={s.id} checked={scopeId === s.id} disabled={s.disabled !== undefined || running} onChange={() => setScopeId(s.id)} />
              {s.label}
              {s.disabled === undefined ? null : <span className="ex-hint"> — {s.disabled}</span>}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          {EXPORT_FORMAT_IDS.map((f) => (
            <label key={f} className="ex-choice">
              <input type="radio" name="format" value={f} checked={format === f} disabled={running} onChange={() => setFormat(f)} />
              {FORMAT_LABELS[f]}
            </label>
          ))}
        </fieldset>
        <p className="ex-note">Only annotations you may read are exported.</p>
        <div className="ex-status" role="status" aria-live="polite">
          {running ? <progress aria-label="Export progress" /> : null}
          {progressText(progress)}
        </div>
        {progress.state === "error" ? (
          <p role="alert" className="ex-error">
            {progress.message}
          </p>
        ) : null}
        <div className="ex-actions">
          <button type="button" onClick={running ? cancel : close}>
            {running ? "Stop" : "Close"}
          </button>
          <button type="submit" className="ex-primary" disabled={scope === undefined || running}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
