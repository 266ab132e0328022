// Where each imported annotation lands in the source's current text, by lib/anchoring:
// position, then quote, then fuzzy quote, with its minimum score (lib/anchoring/score.ts, which records how the minimums were chosen).
import { anchorAnnotation, describeRange, type TextAnchor } from "@/lib/anchoring";
import type { ForeignAnnotation } from "../foreign";

/**
 * "placed": where the other tool said, with the same quote. "moved": the same quote
 * elsewhere (another edition's offsets). "doubtful": only an edited copy of the quote
 * was found; imported only when the importer says so. "orphaned": not found; never imported.
 */
export type PlacementStatus = "placed" | "moved" | "doubtful" | "orphaned";

export interface Placement {
  index: number;
  status: PlacementStatus;
  foreign: ForeignAnnotation;
  /** Selectors against the current text; absent for an orphan. */
  anchor?: TextAnchor;
  score?: number;
  reason?: string;
}

const STATUS = { exact: "placed", quote: "moved", fuzzy: "doubtful" } as const;

export function planImport(annotations: ForeignAnnotation[], text: string): Placement[] {
  return annotations.map((foreign, index) => {
    const { selector } = foreign;
    // Without a position the quote is searched from the start of the text.
    const start = selector.start ?? 0;
    const stored: TextAnchor = { start, end: selector.end ?? start + selector.exact.length, exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
    const outcome = anchorAnnotation(stored, text);
    if (outcome.status === "orphaned") return { index, status: "orphaned", foreign, reason: outcome.reason };
    // Without a position to compare, an unchanged quote is simply placed.
    const status = outcome.status === "quote" && selector.start === null ? "placed" : STATUS[outcome.status];
    return { index, status, foreign, anchor: describeRange(text, outcome.start, outcome.end), score: outcome.score };
  });
}
