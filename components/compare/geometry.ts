// Reads where highlighted ranges are, for the gutter: the DOM side of
// lib/compare/connector-layout. Ranges are read once per pane layout, in the pane's
// scroll-content coordinates, because getClientRects on every range each scroll frame
// cost more than a frame; a scroll then only shifts the cached boxes by scrollTop.
import type { EndBox } from "@/lib/compare/connector-layout";

export interface PlacedEnd extends EndBox {
  /** Where a connector meets the highlight: its edge nearest the gutter (top and bottom are that line's). */
  x: number;
}

/** Where the pane's content is: y in content coordinates = client y - top; x in the overlay's = client x - left. */
export interface ContentOrigin {
  top: number;
  left: number;
}

export function contentOrigin(scroller: HTMLElement, overlay: DOMRect): ContentOrigin {
  return { top: scroller.getBoundingClientRect().top - scroller.scrollTop, left: overlay.left };
}

export function placeRange(range: Range, origin: ContentOrigin, side: "left" | "right"): PlacedEnd | null {
  const rects = range.getClientRects();
  if (rects.length === 0) return null;
  // The last line of a left highlight and the first of a right one face the gutter.
  const line = side === "left" ? rects[rects.length - 1]! : rects[0]!;
  return {
    top: line.top - origin.top,
    bottom: line.bottom - origin.top,
    x: (side === "left" ? line.right : line.left) - origin.left,
  };
}

/** A range's whole vertical extent in content coordinates. */
export function spanOf(range: Range, origin: ContentOrigin): EndBox {
  const r = range.getBoundingClientRect();
  return { top: r.top - origin.top, bottom: r.bottom - origin.top };
}

/** A content-coordinate box in the overlay's coordinates: `by` is the pane's top there minus its scrollTop. */
export const shift = <T extends EndBox>(box: T, by: number): T => ({ ...box, top: box.top + by, bottom: box.bottom + by });

/** The text block holding a range: laid out even while its content is skipped (content-visibility). */
function blockOf(range: Range): Element | null {
  const node = range.startContainer;
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest(".tx > *") ?? null;
}

/**
 * A range's end, exact when its block lies within `near` (content coordinates), else
 * its block's box: reading a skipped block's rectangles would force its layout, and an
 * end far out of view only needs to be above or below.
 */
export function placeNear(range: Range, origin: ContentOrigin, side: "left" | "right", near: EndBox): { end: PlacedEnd; exact: boolean } | null {
  const block = blockOf(range);
  if (block !== null) {
    const b = block.getBoundingClientRect();
    const box = { top: b.top - origin.top, bottom: b.bottom - origin.top };
    if (box.bottom < near.top || box.top > near.bottom) return { end: { ...box, x: Number.NaN }, exact: false };
  }
  const end = placeRange(range, origin, side);
  return end === null ? null : { end, exact: true };
}
