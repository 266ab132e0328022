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
    if (p.total === null) return "Preparing the export…";
    const what = `Exporting ${p.total.toLocaleString()} annotation${p.total === 1 ? "" : "s"}…`;
    return p.bytes === 0 ? what : `${what} ${Math.max(1, Math.round(p.bytes / 1024)).toLocaleString()} KB so far`;
  }
  if (p.state === "done") return `Downloaded ${p.fileName}${p.total === null ? "" : ` (${p.total.toLocaleString()} annotation${p.total === 1 ? "" : "s"})`}.`;
  return "";
}

/** The time now, ticking every second while `running`, so the elapsed time shows even before any byte. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
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
  // Created between, on top of whichever scope is chosen (the issue's "dates" filter).
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
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
  const now = useNow(running);
  const datesWrong = from !== "" && to !== "" && from > to;
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
          if (scope !== undefined && !datesWrong) void start(exportUrl(format, { ...scope.query, from, to }));
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
        <fieldset className="ex-dates">
          <legend>Created</legend>
          <label>
            From <input type="date" name="from" value={from} max={to === "" ? undefined : to} disabled={running} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To <input type="date" name="to" value={to} min={from === "" ? undefined : from} disabled={running} onChange={(e) => setTo(e.target.value)} />
          </label>
          {datesWrong ? <p className="ex-error" id={`${id}-dates`}>The first day is after the last.</p> : <p className="ex-hint">Leave empty for any day; both days count.</p>}
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
          {/* Seen, not announced: a live region read out every second would drown the rest. */}
          {progress.state === "running" ? <span className="ex-elapsed" aria-hidden="true">{Math.max(0, Math.floor((now - progress.startedAt) / 1000))} s</span> : null}
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
          <button type="submit" className="ex-primary" disabled={scope === undefined || running || datesWrong}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
