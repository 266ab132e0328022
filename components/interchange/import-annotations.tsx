"use client";

import { useId, useState } from "react";
import { LAYER_LABELS, LAYERS, type Layer } from "@/lib/annotations/dto";
import type { ImportReport } from "@/lib/interchange/import/import-annotations";
import { postImport } from "./import-api";
import "./interchange.css";

interface Props {
  sourceId: string;
  /** Groups the reader may annotate in here (lib/reader/annotate-options). */
  groups: { id: string; name: string }[];
  /** Whether a private note is possible (not on a group's own source). */
  allowPrivate: boolean;
}

type Step = { kind: "idle" } | { kind: "busy"; what: string } | { kind: "failed"; message: string; problems: string[] } | { kind: "previewed"; report: ImportReport } | { kind: "done"; report: ImportReport };

/** Reads a W3C JSON-LD or Hypothesis file onto this source: a preview first, then one import. */
export function ImportAnnotations({ sourceId, groups, allowPrivate }: Props) {
  const id = useId();
  const [document, setDocument] = useState<{ name: string; text: string } | null>(null);
  const [groupId, setGroupId] = useState<string>(allowPrivate ? "" : (groups[0]?.id ?? ""));
  const [layer, setLayer] = useState<Layer>("primary_document");
  const [includeDoubtful, setIncludeDoubtful] = useState(false);
  const [step, setStep] = useState<Step>({ kind: "idle" });

  const input = (mode: "preview" | "commit", versionId?: string) => ({
    mode,
    document: document?.text ?? "",
    groupId: groupId === "" ? null : groupId,
    visibility: groupId === "" ? ("private" as const) : ("group" as const),
    layer,
    includeDoubtful,
    ...(versionId === undefined ? {} : { versionId }),
  });

  async function run(mode: "preview" | "commit", versionId?: string) {
    setStep({ kind: "busy", what: mode === "preview" ? "Reading and placing the annotations…" : "Importing…" });
    const result = await postImport(sourceId, input(mode, versionId));
    if (!result.ok) setStep({ kind: "failed", message: result.message, problems: result.problems });
    else setStep(mode === "preview" ? { kind: "previewed", report: result.report } : { kind: "done", report: result.report });
  }

  async function choose(file: File | undefined) {
    setStep({ kind: "idle" });
    setDocument(file === undefined ? null : { name: file.name, text: await file.text() });
  }

  const report = step.kind === "previewed" || step.kind === "done" ? step.report : null;
  const importable = report === null ? 0 : report.counts.placed + report.counts.moved + (includeDoubtful ? report.counts.doubtful : 0);
  return (
    <details className="ix-import">
      <summary>Import annotations</summary>
      <p className="an-muted">From a W3C Web Annotation (JSON-LD) file or a Hypothesis JSON export. Each is placed on this text by its quote and position.</p>
      <label htmlFor={`${id}-file`}>File</label>
      <input id={`${id}-file`} type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      <label htmlFor={`${id}-group`}>Who sees them</label>
      <select id={`${id}-group`} value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
        {allowPrivate ? <option value="">Only me</option> : null}
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-layer`}>Layer, where the file names none</label>
      <select id={`${id}-layer`} value={layer} onChange={(e) => setLayer(e.currentTarget.value as Layer)}>
        {LAYERS.map((l) => (
          <option key={l} value={l}>
            {LAYER_LABELS[l]}
          </option>
        ))}
      </select>
      <button type="button" disabled={document === null || step.kind === "busy"} onClick={() => void run("preview")}>
        Preview
      </button>
      <div aria-live="polite">
        {step.kind === "busy" ? <p className="an-muted">{step.what}</p> : null}
        {step.kind === "failed" ? (
          <div role="alert" className="an-error">
            <p>{step.message}</p>
            {step.problems.length > 1 ? (
              <ul>
                {step.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {report === null ? null : <ImportSummary report={report} />}
        {step.kind === "previewed" ? (
          <>
            {step.report.counts.doubtful > 0 ? (
              <label className="ix-check">
                <input type="checkbox" checked={includeDoubtful} onChange={(e) => setIncludeDoubtful(e.currentTarget.checked)} /> Also import the {step.report.counts.doubtful} doubtful
              </label>
            ) : null}
            <button type="button" className="primary" disabled={importable === 0} onClick={() => void run("commit", step.report.versionId)}>
              Import {importable} annotation{importable === 1 ? "" : "s"}
            </button>
          </>
        ) : null}
        {step.kind === "done" ? <p role="status">Imported {step.report.imported} annotation{step.report.imported === 1 ? "" : "s"}; they appear in the list.</p> : null}
      </div>
    </details>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  const { counts, skipped } = report;
  return (
    <div className="ix-summary">
      <p>
        {counts.placed} placed, {counts.moved} moved, {counts.doubtful} doubtful, {counts.orphaned} not found
        {skipped.links + skipped.replies > 0 ? ` (${skipped.links} links and ${skipped.replies} replies are not imported)` : ""}.
      </p>
      {report.doubtful.length > 0 ? (
        <>
          <h4>Doubtful: only an edited copy of the quote was found</h4>
          <ul>
            {report.doubtful.map((d) => (
              <li key={d.index}>
                “{d.exact}” would go on “{d.foundText}”
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.orphaned.length > 0 ? (
        <details>
          <summary>Not found in this text ({report.orphaned.length})</summary>
          <ul>
            {report.orphaned.map((o) => (
              <li key={o.index}>“{o.exact}”</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
