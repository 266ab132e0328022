import { blockStarts } from "@/lib/reader/block-starts";
import { blockElements, canUseHighlightApi, paintRanges, paintShare } from "./dom-ranges";

// A text that scrolls inside its own box (a compare pane) with thousands of highlights
// repaints every registered range that the scroll reveals or hides: Chromium paints
// Custom Highlights per box, and 2,000 ranges in two panes cost a frame in three while
// scrolling (docs/design-notes.md, "Highlights in scrolling panes"). So only the ranges
// near the box's view are registered: the blocks within one view-height above and below
// what shows, kept up to date by an IntersectionObserver as the box scrolls.

export interface NearViewItem {
  start: number;
  end: number;
  range: Range;
}

export interface NearViewLayer {
  name: string;
  priority: number;
  items: readonly NearViewItem[];
}

/** How far beyond the view blocks count as near: one view-height each way. */
export const NEAR_MARGIN = "100% 0px 100% 0px";

/** The offsets [from, to) spanned by the near blocks, or null when none is. */
export function nearWindow(near: ReadonlySet<number>, starts: readonly number[], lengths: readonly number[]): { from: number; to: number } | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of near) {
    if (i < lo) lo = i;
    if (i > hi) hi = i;
  }
  if (lo === Infinity) return null;
  return { from: starts[lo] ?? 0, to: (starts[hi] ?? 0) + (lengths[hi] ?? 0) };
}

/** The items that overlap [from, to), of items sorted by start; one touching the window's edge only is left out. */
export function itemsIn<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (item.start >= to) break;
    if (item.end > from) out.push(item);
  }
  return out;
}

/** Paints every item of each layer under its name, wherever it is; returns the undo. */
export function paintAll(layers: readonly NearViewLayer[]): () => void {
  const undo = layers.map((l) => paintRanges(l.name, l.items.map((i) => i.range), l.priority));
  return () => undo.forEach((stop) => stop());
}

/**
 * Paints each layer's items under its name, only those near `scroller`'s view, and
 * follows the scroll; returns the undo. Without the Highlight API (the <mark> fallback)
 * or IntersectionObserver, it paints everything once.
 */
export function paintNearView(root: Element, scroller: HTMLElement, layers: readonly NearViewLayer[]): () => void {
  if (!canUseHighlightApi() || typeof IntersectionObserver !== "function") return paintAll(layers);
  const blocks = blockElements(root);
  const lengths = blocks.map((el) => el.textContent?.length ?? 0);
  const starts = blockStarts(lengths);
  const index = new Map(blocks.map((el, i) => [el, i]));
  const shares = layers.map((l) => paintShare(l.name, l.priority));
  const sorted = layers.map((l) => [...l.items].sort((a, b) => a.start - b.start));
  const near = new Set<number>();
  let painted = "";
  const paint = () => {
    const at = nearWindow(near, starts, lengths);
    const key = at === null ? "" : `${at.from}:${at.to}`;
    if (key === painted) return;
    painted = key;
    shares.forEach((share, i) => share.replace(at === null ? [] : itemsIn(sorted[i]!, at.from, at.to).map((x) => x.range)));
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const i = index.get(e.target as HTMLElement);
        if (i === undefined) continue;
        if (e.isIntersecting) near.add(i);
        else near.delete(i);
      }
      paint();
    },
    { root: scroller, rootMargin: NEAR_MARGIN },
  );
  blocks.forEach((el) => observer.observe(el));
  // What shows now is painted now, not a frame later when the observer first reports.
  // Blocks run down the box in order, so the first near one is found by bisection.
  const box = scroller.getBoundingClientRect();
  const [top, bottom] = [box.top - box.height, box.bottom + box.height];
  let lo = 0;
  for (let hi = blocks.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < blocks.length && blocks[i]!.getBoundingClientRect().top <= bottom; i++) near.add(i);
  paint();
  return () => {
    observer.disconnect();
    shares.forEach((s) => s.stop());
  };
}
