import type { Difference, DifferenceKind, SharedPassage } from "./types";

const SWAPPED_KIND: Record<DifferenceKind, DifferenceKind> = {
  "left-only": "right-only",
  "right-only": "left-only",
  changed: "changed",
  cut: "cut",
};

const swapDifference = (d: Difference): Difference => ({ kind: SWAPPED_KIND[d.kind], left: d.right, right: d.left });

/**
 * The same passages seen from the other side: a pair is found and stored once, in one
 * order, and read in either. Sorted by (new) left start, then right start, as found.
 */
export function swapSides(passages: readonly SharedPassage[]): SharedPassage[] {
  return passages
    .map((p) => ({ left: p.right, right: p.left, similarity: p.similarity, differences: p.differences.map(swapDifference) }))
    .sort((a, b) => a.left.start - b.left.start || a.right.start - b.right.start);
}
