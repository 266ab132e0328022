// Where the layer toolbar floats for a selected passage: just below the selection's
// last line, so it never hides the line above (what the reader was reading), and
// inside the text column, so it never covers the contents beside it.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ToolbarAnchor {
  /** Page coordinates of the toolbar's top centre. */
  x: number;
  y: number;
}

const GAP = 8;

/**
 * `last` is the selection's last line box, `column` the text column's box, both in
 * viewport coordinates; `width` the toolbar's width (an estimate is fine).
 */
export function toolbarAnchor(last: Box, column: Box, width: number, scroll: { x: number; y: number }): ToolbarAnchor {
  const half = width / 2;
  const lo = column.left + half;
  const hi = column.right - half;
  const centre = last.right;
  const x = hi < lo ? (column.left + column.right) / 2 : Math.min(hi, Math.max(lo, centre));
  return { x: x + scroll.x, y: last.bottom + GAP + scroll.y };
}
