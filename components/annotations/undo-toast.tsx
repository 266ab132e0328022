"use client";

import { useEffect, useRef } from "react";

export interface Toast {
  message: string;
  undo?: () => void;
  /** The control that was used went away with what it removed: put focus on Undo instead of losing it. */
  focusUndo?: boolean;
}

/** A passing message with an optional Undo; polite, so it does not steal focus unless asked to. */
export function UndoToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toast?.focusUndo === true) undoButton.current?.focus();
  }, [toast]);
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
            <button type="button" ref={undoButton} onClick={toast.undo}>
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
