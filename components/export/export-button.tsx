"use client";

import { lazy, Suspense, useState } from "react";
import type { ExportScopeOption } from "./export-dialog";
import "./export.css";

// The dialog's code (formats, progress, download) loads on the first click, and the
// dialog is mounted from then on: a claims board of 50 cards or the compare view carry
// one button each, not one dialog each.
const ExportDialog = lazy(() => import("./export-dialog").then((m) => ({ default: m.ExportDialog })));

/** A button that opens the export dialog with the page's scopes (the group page, the compare view, a claim card). */
export function ExportButton({
  scopes,
  label = "Export…",
  className,
  title,
}: {
  scopes: ExportScopeOption[];
  label?: string;
  className?: string;
  /** The accessible name, when the visible label alone would not tell buttons apart (one per claim). */
  title?: string;
}) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className ?? "ex-open"}
        aria-haspopup="dialog"
        aria-label={title}
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {mounted ? (
        <Suspense fallback={null}>
          <ExportDialog open={open} onClose={() => setOpen(false)} scopes={scopes} />
        </Suspense>
      ) : null}
    </>
  );
}
