"use client";

import { useEffect, useRef } from "react";
import { canUseHighlightApi, domRanges, dropSeed, paintRanges, textRootId } from "@/components/reader/dom-ranges";
import { paintAll, paintNearView, type NearViewItem } from "@/components/reader/paint-near-view";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { highlightName, LAYERS, PAINT_MEASURE, type Layer } from "./layers";
import type { TextScope } from "./text-scope";

// Paints the shown annotations: one Highlight per layer, converted from offsets in
// ONE pass over the text nodes (docs/design-notes.md, "Highlights at scale"), plus one for the
// selected annotation and one for the passage being annotated. Overlaps stay
// distinguishable: tints are translucent and each layer has its own underline style.


/**
 * Returns a lookup from annotation id to its DOM Range, for scrolling to it.
 * `shown` null (the list is loading) leaves what is painted: the page's own seed
 * (components/reader/highlight-seed.tsx) until the list replaces it.
 * `prefix` names the text (a compare pane's); `onPainted` hears of each new lookup.
 */
export function useHighlights(
  shown: readonly AnnotationSummaryDto[] | null,
  selected: OffsetRange | null,
  pending: OffsetRange | null,
  scope: TextScope = { prefix: "", scroller: () => null },
  onPainted?: (byId: Map<string, Range>) => void,
) {
  const { prefix, scroller } = scope;
  const rangesById = useRef(new Map<string, Range>());
  const painted = useRef(onPainted);
  useEffect(() => {
    painted.current = onPainted;
  }, [onPainted]);

  useEffect(() => {
    const root = document.getElementById(textRootId(prefix));
    if (root === null || shown === null) return;
    const t0 = performance.now();
    // From here this text's layer paints its highlights; another text's seed stays until its layer does.
    if (canUseHighlightApi()) dropSeed(prefix);
    const ranges = domRanges(root, shown);
    const byLayer = new Map<Layer, NearViewItem[]>(LAYERS.map((l) => [l, []]));
    const byId = new Map<string, Range>();
    shown.forEach((a, i) => {
      const range = ranges[i];
      if (range === null || range === undefined) return;
      byLayer.get(a.layer)!.push({ start: a.start, end: a.end, range });
      byId.set(a.id, range);
    });
    rangesById.current = byId;
    const box = scroller();
    const layers = LAYERS.map((layer, i) => ({ name: highlightName(layer), priority: i, items: byLayer.get(layer)! }));
    // A pane that scrolls on its own registers only what is near its view (paint-near-view.ts).
    const undo = box === null ? paintAll(layers) : paintNearView(root, box, layers);
    performance.measure(PAINT_MEASURE, { start: t0, end: performance.now(), detail: { count: shown.length } });
    painted.current?.(byId);
    return undo;
  }, [shown, prefix, scroller]);

  useMarker("an-selected", selected, 10, prefix);
  useMarker("an-pending", pending, 11, prefix);
  return rangesById;
}

/** Paints one range of the text named by `prefix` under `name`, while it is given. */
export function useMarker(name: string, range: OffsetRange | null, priority: number, prefix = "") {
  const start = range?.start;
  const end = range?.end;
  useEffect(() => {
    const root = document.getElementById(textRootId(prefix));
    if (root === null || start === undefined || end === undefined) return;
    const [r] = domRanges(root, [{ start, end }]);
    if (r === null || r === undefined) return;
    return paintRanges(name, [r], priority);
  }, [name, start, end, priority, prefix]);
}

/** Keep in step with the bottom-sheet breakpoint in annotations.css. */
const SHEET = "(max-width: 63.99rem)";

/**
 * Scrolls the window (or the `scroller` that holds the text, in a compare pane) so the
 * range is in view: a third down, or near the top above a phone's open sheet.
 */
export function scrollToRange(range: Range, scroller: HTMLElement | null = null) {
  const rect = range.getBoundingClientRect();
  if (scroller !== null) {
    // Blocks far off screen are laid out only when they come near (content-visibility in
    // text.css), so a range there moves once it is reached: check again for a few frames.
    const settle = (tries: number) => {
      const at = range.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      if (at.top > box.top + box.height * 0.15 && at.bottom < box.bottom - box.height * 0.15) return;
      scroller.scrollBy({ top: at.top - box.top - box.height / 3, behavior: "instant" });
      if (tries > 0) window.requestAnimationFrame(() => settle(tries - 1));
    };
    settle(3);
    return;
  }
  const sheet = window.matchMedia(SHEET).matches;
  const [from, to, at] = sheet ? [0.05, 0.2, 0.06] : [0.2, 0.8, 1 / 3];
  if (rect.top > window.innerHeight * from && rect.bottom < window.innerHeight * to) return;
  window.scrollBy({ top: rect.top - window.innerHeight * at, behavior: "instant" });
}
