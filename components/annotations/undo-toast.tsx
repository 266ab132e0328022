"use client";

import { useCallback, useEffect, useRef } from "react";

export interface Toast {
  message: string;
  undo?: () => void;
  /** The control that was used went away with what it removed: put focus on Undo instead of losing it. */
  focusUndo?: boolean;
}

/** A passing message with an optional Undo; polite, so it does not steal focus unless asked to. */
export function UndoToast({ toast, onClose, focusAfter }: { toast: Toast | null; onClose: () => void; focusAfter: () => HTMLElement | null }) {
  const slot = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toast?.focusUndo === true) undoButton.current?.focus();
  }, [toast]);
  // Focus inside the toast would fall to the page's body when the toast goes, whether
  // dismissed or timed out: it moves to a place the keyboard user can continue from.
  const close = useCallback(() => {
    const focusWasInside = slot.current?.contains(document.activeElement) === true;
    onClose();
    if (focusWasInside) focusAfter()?.focus();
  }, [onClose, focusAfter]);
  useEffect(() => {
    if (toast === null) return;
    const id = window.setTimeout(close, 12_000);
    return () => window.clearTimeout(id);
  }, [toast, close]);
  return (
    <div className="an-toast-slot" ref={slot} role="status" aria-live="polite">
      {toast === null ? null : (
        <div className="an-toast">
          <span>{toast.message}</span>
          {toast.undo === undefined ? null : (
            <button type="button" ref={undoButton} onClick={toast.undo}>
              Undo
            </button>
          )}
          <button type="button" onClick={close} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
