"use client";

import { useEffect, useRef } from "react";
import { canUseHighlightApi, domRanges, paintRanges } from "@/components/reader/dom-ranges";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { highlightName, LAYERS, type Layer } from "./layers";

// Paints the shown annotations: one Highlight per layer, converted from offsets in
// ONE pass over the text nodes (docs/design-notes.md, "Highlights at scale"), plus one for the
// selected annotation and one for the passage being annotated. Overlaps stay
// distinguishable: tints are translucent and each layer has its own underline style.

/** Name of the performance measure a benchmark can read. */
export const PAINT_MEASURE = "palimpsest:paint-highlights";

function setPriority(name: string, priority: number) {
  if (canUseHighlightApi()) {
    const h = CSS.highlights.get(name);
    if (h !== undefined) h.priority = priority;
  }
}

/** Returns a lookup from annotation id to its DOM Range, for scrolling to it. */
export function useHighlights(shown: readonly AnnotationSummaryDto[], selected: OffsetRange | null, pending: OffsetRange | null) {
  const rangesById = useRef(new Map<string, Range>());

  useEffect(() => {
    const root = document.getElementById("tx");
    if (root === null) return;
    const t0 = performance.now();
    const ranges = domRanges(root, shown);
    const byLayer = new Map<Layer, Range[]>(LAYERS.map((l) => [l, []]));
    const byId = new Map<string, Range>();
    shown.forEach((a, i) => {
      const r = ranges[i];
      if (r === null || r === undefined) return;
      byLayer.get(a.layer)!.push(r);
      byId.set(a.id, r);
    });
    rangesById.current = byId;
    const undo = LAYERS.map((layer, i) => {
      const name = highlightName(layer);
      const stop = paintRanges(name, byLayer.get(layer)!);
      setPriority(name, i);
      return stop;
    });
    performance.measure(PAINT_MEASURE, { start: t0, end: performance.now(), detail: { count: shown.length } });
    return () => undo.forEach((stop) => stop());
  }, [shown]);

  useMarker("an-selected", selected, 10);
  useMarker("an-pending", pending, 11);
  return rangesById;
}

function useMarker(name: string, range: OffsetRange | null, priority: number) {
  const start = range?.start;
  const end = range?.end;
  useEffect(() => {
    const root = document.getElementById("tx");
    if (root === null || start === undefined || end === undefined) return;
    const [r] = domRanges(root, [{ start, end }]);
    if (r === null || r === undefined) return;
    const stop = paintRanges(name, [r]);
    setPriority(name, priority);
    return stop;
  }, [name, start, end, priority]);
}

/** Keep in step with the bottom-sheet breakpoint in annotations.css. */
const SHEET = "(max-width: 63.99rem)";

/** Scrolls the window so the range is in view: a third down, or near the top above a phone's open sheet. */
export function scrollToRange(range: Range) {
  const rect = range.getBoundingClientRect();
  const sheet = window.matchMedia(SHEET).matches;
  const [from, to, at] = sheet ? [0.05, 0.2, 0.06] : [0.2, 0.8, 1 / 3];
  if (rect.top > window.innerHeight * from && rect.bottom < window.innerHeight * to) return;
  window.scrollBy({ top: rect.top - window.innerHeight * at, behavior: "instant" });
}
