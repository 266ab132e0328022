"use client";

import type { ReactNode } from "react";
import { createPortal } from "react-dom";
import { LayerButtons } from "./layer-buttons";
import type { Layer } from "./layers";
import { UI_ATTR, type PendingSelection } from "./use-text-selection";

/** Floats above the selected passage; drawn in <body> so it scrolls with the text. */
export function SelectionToolbar({ at, onChoose, children }: { at: PendingSelection; onChoose: (layer: Layer) => void; children?: ReactNode }) {
  const props = { [UI_ATTR]: "" };
  return createPortal(
    <div
      {...props}
      role="toolbar"
      aria-label="Annotate the selected passage"
      className="an-toolbar"
      style={{ left: Math.max(8, at.x), top: Math.max(8, at.y) }}
      // Keep the text selection: a mousedown on a button would otherwise collapse it.
      onMouseDown={(event) => event.preventDefault()}
    >
      {children ?? <LayerButtons onChoose={onChoose} compact />}
    </div>,
    document.body,
  );
}
