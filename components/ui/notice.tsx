"use client";

import type { ReactNode } from "react";

/** A small, dismissible message that does not steal focus (role=status is polite). */
export function Notice({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  return (
    <div className="notice" role="status">
      <p>{children}</p>
      <button type="button" onClick={onDismiss} aria-label="Dismiss this message">
        ×
      </button>
    </div>
  );
}
