"use client";

import { useState } from "react";
import { ExportDialog, type ExportScopeOption } from "./export-dialog";

/** A button that opens the export dialog with the page's scopes (the group page; the compare view and claims board may mount it too). */
export function ExportButton({ scopes, label = "Export…", className }: { scopes: ExportScopeOption[]; label?: string; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className ?? "ex-open"} onClick={() => setOpen(true)}>
        {label}
      </button>
      <ExportDialog open={open} onClose={() => setOpen(false)} scopes={scopes} />
    </>
  );
}
