// Reads where highlighted ranges are on screen, for the gutter: the DOM side of
// lib/compare/connector-layout, run once per animation frame while panes scroll.
// The overlay spans the panes' scrolling boxes exactly, so "in view" is "inside it".
import type { EndBox } from "@/lib/compare/connector-layout";

export interface PlacedEnd extends EndBox {
  /** Where a connector meets the highlight: its edge nearest the gutter (top and bottom are that line's). */
  x: number;
}

export function placeRange(range: Range, overlay: DOMRect, side: "left" | "right"): PlacedEnd | null {
  const rects = range.getClientRects();
  if (rects.length === 0) return null;
  // The last line of a left highlight and the first of a right one face the gutter.
  const line = side === "left" ? rects[rects.length - 1]! : rects[0]!;
  return {
    top: line.top - overlay.top,
    bottom: line.bottom - overlay.top,
    x: (side === "left" ? line.right : line.left) - overlay.left,
  };
}
