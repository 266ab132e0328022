import search from "approx-string-match";
import { normalizedCandidate, normalizedHint, type Candidate, type PreparedText, type Query } from "./candidate";

// Approximate matching with Myers' bit-parallel algorithm (approx-string-match).
// The library returns only the lowest-error matches, so searching for the quote
// alone would let an unedited copy of a common phrase elsewhere hide the edited
// original. We search for prefix + quote + suffix instead: the context pulls the
// best match to the annotated passage, and the quote is then located inside it.

/**
 * Share of the quote's characters that may differ. Hypothesis allows half;
 * a quarter still finds a quote of 32+ characters with one word replaced in
 * 649 of 655 calibration cases (scripts/calibrate-anchoring.ts), and anything
 * edited more than that is a doubtful match we would rather orphan.
 */
export const QUOTE_ERROR_RATE = 0.25;
/** Hypothesis' cap; it also bounds Myers' work, which grows with the error budget. */
const MAX_QUOTE_ERRORS = 256;
/** The context may be rewritten more freely than the quote: it only steers the search. */
const CONTEXT_ERROR_RATE = 0.5;

export function maxQuoteErrors(quoteLength: number): number {
  return Math.min(MAX_QUOTE_ERRORS, Math.floor(quoteLength * QUOTE_ERROR_RATE));
}

/**
 * Approximate occurrences of the quote in its context whose context pattern
 * ends within `radius` of the expected position (Infinity: the whole text).
 */
export function fuzzyQuoteCandidates(prepared: PreparedText, query: Query, radius: number): Candidate[] {
  const quoteErrors = maxQuoteErrors(query.quote.length);
  if (quoteErrors === 0) return [];
  const { text } = prepared.normalized;
  const pattern = query.prefix + query.quote + query.suffix;
  const contextErrors = Math.floor((query.prefix.length + query.suffix.length) * CONTEXT_ERROR_RATE);
  const patternErrors = quoteErrors + contextErrors;

  const center = normalizedHint(prepared, query);
  const from = Math.max(0, center - query.prefix.length - radius);
  const to = Math.min(text.length, center + query.quote.length + query.suffix.length + radius);
  const regions = search(text.slice(from, to), pattern, patternErrors);

  const found = new Map<string, Candidate>();
  let searchedUpTo = -1;
  for (const region of regions) {
    // Matches of one region overlap heavily; locating the quote once per
    // stretch of text is enough.
    const regionStart = Math.max(from, from + region.start - patternErrors);
    const regionEnd = Math.min(to, from + region.end + patternErrors);
    if (regionEnd <= searchedUpTo) continue;
    searchedUpTo = regionEnd;
    for (const hit of search(text.slice(regionStart, regionEnd), query.quote, quoteErrors)) {
      const start = regionStart + hit.start;
      const end = regionStart + hit.end;
      const key = `${start}:${end}`;
      if (!found.has(key)) found.set(key, normalizedCandidate(prepared, query, start, end, hit.errors));
    }
  }
  return [...found.values()];
}
