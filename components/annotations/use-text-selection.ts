"use client";

import { toolbarAnchor } from "@/lib/reader/toolbar-position";
import { useEffect, useState } from "react";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { textRootId } from "@/components/reader/dom-ranges";
import { selectionOffsets, textModel } from "./text-model";

export interface PendingSelection extends OffsetRange {
  /** Where to show the toolbar, in document coordinates (it scrolls with the text). */
  x: number;
  y: number;
}

/** Marks the annotation UI: moving focus into it keeps the passage chosen in the text. */
export const UI_ATTR = "data-annotation-ui";

function focusInUi(): boolean {
  const active = document.activeElement;
  return active instanceof Element && active.closest(`[${UI_ATTR}]`) !== null;
}

/**
 * The passage selected in the text, as canonical offsets. A selection that
 * collapses because focus moved into the annotation UI (the toolbar, the editor)
 * leaves the passage chosen; a click elsewhere in the page drops it.
 */
/** Toolbar width as laid out in annotations.css (four layer buttons); clamping needs no exact figure. */
const TOOLBAR_WIDTH = 330;

/** Where the toolbar goes for a selected range: below its last line, within the text column. */
export function toolbarAt(range: Range, prefix = ""): { x: number; y: number } {
  const rects = range.getClientRects();
  const last = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
  const column = document.getElementById(textRootId(prefix))?.getBoundingClientRect() ?? last;
  return toolbarAnchor(last, column, Math.min(TOOLBAR_WIDTH, window.innerWidth - 16), { x: window.scrollX, y: window.scrollY });
}

export function useTextSelection(enabled: boolean, prefix = ""): [PendingSelection | null, (next: PendingSelection | null) => void] {
  const [pending, setPending] = useState<PendingSelection | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const model = textModel(prefix);
      if (model === null) return;
      const offsets = selectionOffsets(model);
      if (offsets === null) {
        if (!focusInUi()) setPending(null);
        return;
      }
      const next = { ...offsets, ...toolbarAt(window.getSelection()!.getRangeAt(0), prefix) };
      setPending((prev) => (prev !== null && prev.start === next.start && prev.end === next.end && prev.y === next.y ? prev : next));
    };
    // selectionchange fires per character while dragging: read once per frame, and not
    // until the button is released. Shown mid-drag, the toolbar sat below the line being
    // selected, right where the pointer was heading, and the drag ended on it.
    let dragging = false;
    const onChange = () => {
      if (!dragging && frame === 0) frame = window.requestAnimationFrame(read);
    };
    const onDown = (event: PointerEvent) => {
      if (event.button === 0) dragging = true;
    };
    const onUp = () => {
      if (!dragging) return;
      dragging = false;
      onChange();
    };
    document.addEventListener("selectionchange", onChange);
    document.addEventListener("pointerdown", onDown, true);
    document.addEventListener("pointerup", onUp, true);
    document.addEventListener("pointercancel", onUp, true);
    // A passage selected before these tools mounted (a reader reached by a click mounts them
    // once its text has arrived) is taken up now, not only at the next selection change.
    onChange();
    return () => {
      document.removeEventListener("selectionchange", onChange);
      document.removeEventListener("pointerdown", onDown, true);
      document.removeEventListener("pointerup", onUp, true);
      document.removeEventListener("pointercancel", onUp, true);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, [enabled, prefix]);

  return [pending, setPending];
}

/** Selects [start, end) of the text in the page, as if the reader had dragged over it. */
export function selectOffsets(range: Range) {
  const selection = window.getSelection();
  if (selection === null) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
