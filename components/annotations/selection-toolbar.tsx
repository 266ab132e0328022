"use client";

import type { ReactNode } from "react";
import { createPortal } from "react-dom";
import { LayerButtons } from "./layer-buttons";
import type { Layer } from "./layers";
import { UI_ATTR, type PendingSelection } from "./use-text-selection";

interface Props {
  at: PendingSelection;
  /** Leave out for a reader who may not annotate here: the toolbar then only finds the passage elsewhere. */
  onChoose?: (layer: Layer) => void;
  onFindElsewhere: () => void;
  /** In place of the layer buttons (Place again's "Place here"). */
  children?: ReactNode;
}

/** Floats above the selected passage; drawn in <body> so it scrolls with the text. */
export function SelectionToolbar({ at, onChoose, onFindElsewhere, children }: Props) {
  const props = { [UI_ATTR]: "" };
  return createPortal(
    <div
      {...props}
      role="toolbar"
      aria-label={onChoose === undefined ? "The selected passage" : "Annotate the selected passage"}
      className={onChoose === undefined ? "an-toolbar-read" : "an-toolbar"}
      style={{ left: Math.max(8, at.x), top: Math.max(8, at.y) }}
      // Keep the text selection: a mousedown on a button would otherwise collapse it.
      onMouseDown={(event) => event.preventDefault()}
    >
      {children ?? (onChoose === undefined ? null : <LayerButtons onChoose={onChoose} compact />)}
      <button type="button" className="an-find-btn" onClick={onFindElsewhere} title="The most similar passages in the other sources">
        Find elsewhere
      </button>
    </div>,
    document.body,
  );
}
