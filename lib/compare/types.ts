// The shapes the shared-passage finder works with and returns. Offsets are [start, end)
// in UTF-16 code units of the text they came from, as everywhere in lib (see
// lib/corpus/types.ts), so `text.slice(start, end)` gives back the quoted words.

export type Span = { start: number; end: number; text: string };

/**
 * One place where the two sides of a shared passage part ways. `left` or `right` is
 * null when that side has no words there (the other side added them or the first left
 * them out); for a "cut" it is the ellipsis ("...", "…", "[...]") standing for them.
 */
export type DifferenceKind = "left-only" | "right-only" | "changed" | "cut";

export type Difference = {
  kind: DifferenceKind;
  left: Span | null;
  right: Span | null;
};

export type SharedPassage = {
  left: Span;
  right: Span;
  /** Dice coefficient of the two sides' words: 2 x matched / (left words + right words), 3 decimals. */
  similarity: number;
  differences: Difference[];
};

export type SharedPassageOptions = {
  /** Words per seed (n-gram length). */
  ngram: number;
  /** Passages with fewer matching words than this are common phrases, not quotations. */
  minWords: number;
  /** An n-gram seen more often than this in either text is boilerplate and never seeds. */
  maxOccurrences: number;
  /** Words of difference allowed between two seeds of one passage, on each side. */
  maxGap: number;
  /** Words allowed between two long matches on each side before they count as two passages. */
  mergeGap: number;
  /** Words one side may skip where the other marks the cut with an ellipsis. */
  cutGap: number;
};

/** A word of a text: where it is, and the normalised form that is compared. */
export type Token = {
  start: number;
  end: number;
  norm: string;
  /** A sentence, clause (";", ":") or paragraph ends after this word. */
  breakAfter: boolean;
};

export type TokenizedText = {
  text: string;
  tokens: Token[];
  /** Ellipses by the index of the word that follows them (tokens.length for one at the end). */
  ellipsisBefore: Map<number, { start: number; end: number }>;
};

/** Half-open word ranges [start, end) on each side. */
export type TokenRange = { leftStart: number; leftEnd: number; rightStart: number; rightEnd: number };
