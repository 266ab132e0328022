import type { Candidate, Query } from "./candidate";
import { scoreCandidate } from "./score";

/** The W3C TextPositionSelector for a range: the offsets themselves. */
export function positionSelectorFor(start: number, end: number): { start: number; end: number } {
  return { start, end };
}

/**
 * The stored quote read at `start` of the new text, without any search. Scored
 * like every other candidate, because an unchanged quote at the old offset can
 * still be a different passage after an edit (a repeated phrase shifted into place).
 */
export function positionCandidate(text: string, query: Query, start: number): Candidate | null {
  const { exact, prefix, suffix } = query.anchor;
  const end = start + exact.length;
  if (!Number.isInteger(start) || start < 0 || end > text.length) return null;
  if (text.slice(start, end) !== exact) return null;
  const scored = scoreCandidate({
    text,
    start,
    end,
    errors: 0,
    quoteLength: exact.length,
    prefix,
    suffix,
    hint: query.hint,
  });
  return { start, end, errors: 0, ...scored };
}
