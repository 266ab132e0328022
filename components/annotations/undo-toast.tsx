"use client";

import { useEffect } from "react";

export interface Toast {
  message: string;
  undo?: () => void;
}

/** A passing message with an optional Undo; polite, so it does not steal focus. */
export function UndoToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  useEffect(() => {
    if (toast === null) return;
    const id = window.setTimeout(onClose, 12_000);
    return () => window.clearTimeout(id);
  }, [toast, onClose]);
  return (
    <div className="an-toast-slot" role="status" aria-live="polite">
      {toast === null ? null : (
        <div className="an-toast">
          <span>{toast.message}</span>
          {toast.undo === undefined ? null : (
            <button type="button" onClick={toast.undo}>
              Undo
            </button>
          )}
          <button type="button" onClick={onClose} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
