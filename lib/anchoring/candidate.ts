import { normalizeForMatching, normalizeWithMap, rawRange, type NormalizedText } from "./normalize";
import { CONFIDENT_CONTEXT, minimumScore, scoreCandidate } from "./score";
import type { TextAnchor } from "./types";

/** A possible new location, always in raw offsets of the new text. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the (normalised) stored quote and the text at this location. */
  errors: number;
  score: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
}

/**
 * The text being anchored into. Normalisation costs a pass over the whole text,
 * so it is built only when a search needs it and then shared by every
 * annotation re-anchored against the same text.
 */
export class PreparedText {
  private normalizedText: NormalizedText | undefined;

  constructor(readonly raw: string) {}

  get normalized(): NormalizedText {
    if (this.normalizedText === undefined) this.normalizedText = normalizeWithMap(this.raw);
    return this.normalizedText;
  }
}

/** What the searches look for: the stored selectors in normalised form, and where. */
export interface Query {
  anchor: TextAnchor;
  quote: string;
  prefix: string;
  suffix: string;
  /** Expected raw start in the new text. */
  hint: number;
}

export function makeQuery(anchor: TextAnchor, hint: number): Query {
  return {
    anchor,
    quote: normalizeForMatching(anchor.exact),
    prefix: normalizeForMatching(anchor.prefix),
    suffix: normalizeForMatching(anchor.suffix),
    hint,
  };
}

/** Expected start in normalised offsets. */
export function normalizedHint(prepared: PreparedText, query: Query): number {
  const { fromRaw } = prepared.normalized;
  return fromRaw[Math.min(Math.max(0, query.hint), fromRaw.length - 1)] ?? 0;
}

/** Scores a match found in the normalised text and maps it to raw offsets. */
export function normalizedCandidate(
  prepared: PreparedText,
  query: Query,
  start: number,
  end: number,
  errors: number,
): Candidate {
  const norm = prepared.normalized;
  const scored = scoreCandidate({
    text: norm.text,
    start,
    end,
    errors,
    quoteLength: query.quote.length,
    prefix: query.prefix,
    suffix: query.suffix,
    hint: normalizedHint(prepared, query),
  });
  return { ...rawRange(norm, start, end), errors, ...scored };
}

export function isBetter(candidate: Candidate, current: Candidate | null, hint: number): boolean {
  if (current === null) return true;
  if (candidate.score !== current.score) return candidate.score > current.score;
  return Math.abs(candidate.start - hint) < Math.abs(current.start - hint);
}

/** Good enough that no other location could be meaningfully better. */
export function isConfident(candidate: Candidate, quoteLength: number): boolean {
  return (
    candidate.score >= minimumScore(quoteLength) &&
    candidate.prefixSimilarity >= CONFIDENT_CONTEXT &&
    candidate.suffixSimilarity >= CONFIDENT_CONTEXT
  );
}
