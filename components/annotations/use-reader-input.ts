"use client";

import { useEffect, useRef } from "react";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { annotationsAt } from "@/lib/reader/annotation-view";
import { textRootId } from "@/components/reader/dom-ranges";
import { layerForKey, type Layer } from "./layers";
import { offsetAtPoint, textModel } from "./text-model";

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null;
}

/**
 * Keys 1-4 annotate the chosen passage with a layer, Escape drops it. Not while
 * typing: a digit in a field (the find field, a tag) is text.
 */
export function useLayerKeys(active: boolean, onChoose: (layer: Layer) => void, onEscape: () => void) {
  const handlers = useRef({ onChoose, onEscape });
  useEffect(() => {
    handlers.current = { onChoose, onEscape };
  }, [onChoose, onEscape]);
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      if (event.key === "Escape") return handlers.current.onEscape();
      const layer = layerForKey(event.key);
      if (layer === undefined) return;
      event.preventDefault();
      handlers.current.onChoose(layer);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active]);
}

/**
 * A click on highlighted text opens its annotation: the point becomes a caret
 * position, the caret an offset, the offset the annotations that cover it.
 */
export function useHighlightClick(shown: readonly AnnotationSummaryDto[], onHits: (hits: AnnotationSummaryDto[], x: number, y: number) => void, prefix = "") {
  const latest = useRef({ shown, onHits });
  useEffect(() => {
    latest.current = { shown, onHits };
  }, [shown, onHits]);
  useEffect(() => {
    const root = document.getElementById(textRootId(prefix));
    if (root === null) return;
    const onClick = (event: MouseEvent) => {
      const selection = window.getSelection();
      if (selection !== null && !selection.isCollapsed) return;
      if (event.target instanceof Element && event.target.closest("a") !== null) return;
      const model = textModel(prefix);
      if (model === null) return;
      const offset = offsetAtPoint(model, event.clientX, event.clientY);
      if (offset === null) return;
      const { shown: list, onHits: report } = latest.current;
      const all = () => true;
      let hits = annotationsAt(list, offset, all);
      // The caret sits between characters: past the middle of a highlight's last one, it is at the end.
      if (hits.length === 0 && offset > 0) hits = annotationsAt(list, offset - 1, all);
      if (hits.length > 0) report(hits, event.pageX, event.pageY);
    };
    root.addEventListener("click", onClick);
    return () => root.removeEventListener("click", onClick);
  }, [prefix]);
}
