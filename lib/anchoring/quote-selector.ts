import { normalizedCandidate, normalizedHint, type Candidate, type PreparedText, type Query } from "./candidate";
import { CONTEXT_LENGTH } from "./types";

/** The W3C TextQuoteSelector for [start, end) of `text`. */
export function quoteSelectorFor(
  text: string,
  start: number,
  end: number,
): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Every unchanged (after normalisation) occurrence of the quote starting within
 * `radius` of the expected position; the whole text when radius is Infinity.
 * Which one wins is left to the shared score: context agreement first,
 * nearness to the expected position as the tie-breaker.
 */
export function exactQuoteCandidates(prepared: PreparedText, query: Query, radius: number): Candidate[] {
  const { text } = prepared.normalized;
  const center = normalizedHint(prepared, query);
  const from = Math.max(0, center - radius);
  const last = Math.min(text.length, center + radius);
  const found: Candidate[] = [];
  for (let at = text.indexOf(query.quote, from); at !== -1 && at <= last; at = text.indexOf(query.quote, at + 1)) {
    found.push(normalizedCandidate(prepared, query, at, at + query.quote.length, 0));
  }
  return found;
}
