// The internal anchoring model. The W3C wire shapes (TextPositionSelector,
// TextQuoteSelector) are produced by adapters elsewhere; here a single object
// holds both, because every stage below needs the quote and the old position.

/** W3C TextQuoteSelector context length, as Hypothesis stores it. */
export const CONTEXT_LENGTH = 32;

/**
 * A passage of a version's canonical text: [start, end) in UTF-16 code units
 * (TextPositionSelector) plus the quote and its context (TextQuoteSelector).
 */
export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  /** Up to CONTEXT_LENGTH characters before `start`, "" at the start of the text. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after `end`, "" at the end of the text. */
  suffix: string;
}

/**
 * "exact": the stored position still holds the quote.
 * "quote": the quote was found unchanged (up to whitespace and quote marks) elsewhere.
 * "fuzzy": a close but edited copy of the quote was found.
 * "orphaned": no location was trustworthy enough; the annotation is listed, never placed.
 */
export type AnchorOutcome =
  | { status: "exact" | "quote" | "fuzzy"; start: number; end: number; score: number }
  | { status: "orphaned"; reason: string };

export type AnchoringErrorCode = "invalid-range" | "splits-character";

export class AnchoringError extends Error {
  readonly code: AnchoringErrorCode;

  constructor(code: AnchoringErrorCode, message: string) {
    super(message);
    this.name = "AnchoringError";
    this.code = code;
  }
}
