import type { KeyboardEvent } from "react";

/**
 * The forms' keys: Ctrl/Cmd+Enter saves and Escape cancels from any field, the note
 * editor included. The event stops here so the reader's own keys (1-4) and the
 * editor never see it.
 */
export function formKeys(save: () => void, cancel: () => void) {
  return (event: KeyboardEvent) => {
    const saving = event.key === "Enter" && (event.ctrlKey || event.metaKey);
    if (!saving && event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    if (saving) save();
    else cancel();
  };
}
