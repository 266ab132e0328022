import { AnchoringError, type TextAnchor } from "./types";
import { quoteSelectorFor } from "./quote-selector";

/**
 * Why a range cannot be anchored, or null when it can. Returned as a value so
 * that an API handler can answer a bad request without try/catch.
 */
export function checkRange(text: string, start: number, end: number): AnchoringError | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return new AnchoringError("invalid-range", `Offsets must be whole numbers (got ${start}, ${end}).`);
  }
  if (start < 0 || end > text.length || start >= end) {
    return new AnchoringError(
      "invalid-range",
      `The range ${start}-${end} is not a non-empty passage of this ${text.length}-character text.`,
    );
  }
  // A highlight that cuts an astral character (emoji, rare CJK) in half would
  // store a lone surrogate as its quote, which no later text can match.
  if (isLowSurrogate(text.charCodeAt(start)) || isLowSurrogate(text.charCodeAt(end))) {
    return new AnchoringError("splits-character", `The range ${start}-${end} splits a character in two.`);
  }
  return null;
}

/**
 * Selectors for the passage [start, end) of `text`.
 * @throws AnchoringError when checkRange rejects the range; callers holding
 * user input should call checkRange first.
 */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  const error = checkRange(text, start, end);
  if (error !== null) throw error;
  return { start, end, ...quoteSelectorFor(text, start, end) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
