import { anchorInPrepared } from "./anchor";
import { PreparedText } from "./candidate";
import { describeRange } from "./describe-range";
import type { AnchorOutcome, TextAnchor } from "./types";

export interface ReanchorResult {
  id: string;
  outcome: AnchorOutcome;
  /** Selectors refreshed against the new text; absent for an orphan, which keeps its old ones. */
  anchor?: TextAnchor;
}

/**
 * Anchors every annotation of a version in its new text, in input order.
 * Anchors are visited in text order and each expects the shift its
 * predecessor showed: after an insertion near the start, every later passage
 * is found by one comparison at old start + shift, without a search.
 */
export function reanchorAll(anchors: { id: string; anchor: TextAnchor }[], newText: string): ReanchorResult[] {
  const prepared = new PreparedText(newText);
  const inTextOrder = anchors.map((item, index) => ({ ...item, index })).sort((a, b) => a.anchor.start - b.anchor.start);
  const results: ReanchorResult[] = new Array(anchors.length);
  let shift = 0;
  for (const { id, anchor, index } of inTextOrder) {
    const outcome = anchorInPrepared(anchor, prepared, anchor.start + shift);
    if (outcome.status === "orphaned") {
      results[index] = { id, outcome };
      continue;
    }
    shift = outcome.start - anchor.start;
    results[index] = { id, outcome, anchor: describeRange(newText, outcome.start, outcome.end) };
  }
  return results;
}
