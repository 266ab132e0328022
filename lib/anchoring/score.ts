import search from "approx-string-match";

// Candidate scoring, shared by every search stage so that a position hit, an
// exact quote and a fuzzy quote compete on one scale.
// Weights follow Hypothesis' match-quote.ts (quote 50, prefix 20, suffix 20,
// position 2). Position only breaks ties between otherwise equal candidates:
// the corpus repeats phrases, and after an edit the occurrence nearest the
// old offset is often not the annotated one, while its context is.

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

// Minimum scores. Hypothesis has none and highlights whatever scores best.
// Measured with scripts/calibrate-anchoring.ts over the five
// corpus texts (1,500 random passages of 5-250 characters, each edited five
// ways; the numbers count best candidates at or above the minimum):
//   one word replaced inside the quote: found at the right place
//     >=32 chars: 649/655 at 0.80 (0 elsewhere);
//     16-31: 213 right / 7 wrong at 0.80, 199 / 6 at 0.86;
//     <16:   61 right / 25 wrong at 0.80, 47 / 15 at 0.86.
//   quote deleted (every placement is wrong): with no minimum 247 wrong
//     highlights (and 37 on verbatim copies); >=32: 8/655 at 0.80;
//     16-31: 15 at 0.80, 11 at 0.86; <16: 28 at 0.80, 16 at 0.86.
//   paragraph moved 5,000 characters: 1,185/1,203 right at these minimums.
// Almost every wrong placement left is the same sentence quoted a second time
// elsewhere in the capture with near-identical context ("Piatakov" vs
// "Pyatakov"), which no score can separate. A quote shorter than one side of
// its context carries less evidence than the context does and short phrases
// recur everywhere, so short quotes need the stricter minimum.
export const MIN_SCORE = 0.8;
export const SHORT_QUOTE_MIN_SCORE = 0.86;
export const SHORT_QUOTE_LENGTH = 32;

export function minimumScore(quoteLength: number): number {
  return quoteLength < SHORT_QUOTE_LENGTH ? SHORT_QUOTE_MIN_SCORE : MIN_SCORE;
}

/**
 * Both sides of the context agree this well: the candidate is as good as any
 * other could be, so the search stops before scanning the whole text.
 */
export const CONFIDENT_CONTEXT = 0.9;

export interface ScoreInput {
  /** Text searched (raw or normalised, consistently with the other fields). */
  text: string;
  start: number;
  end: number;
  errors: number;
  quoteLength: number;
  prefix: string;
  suffix: string;
  hint: number;
}

export interface Scored {
  score: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
}

export function scoreCandidate(input: ScoreInput): Scored {
  const { text, start, end, prefix, suffix } = input;
  const quoteSimilarity = 1 - input.errors / input.quoteLength;
  const prefixSimilarity = similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const suffixSimilarity = similarity(suffix, text.slice(end, end + suffix.length));
  const positionSimilarity = text.length === 0 ? 1 : 1 - Math.abs(start - input.hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteSimilarity +
    PREFIX_WEIGHT * prefixSimilarity +
    SUFFIX_WEIGHT * suffixSimilarity +
    POSITION_WEIGHT * positionSimilarity;
  return { score: raw / MAX_SCORE, prefixSimilarity, suffixSimilarity };
}

/**
 * 1 when `expected` occurs in `actual`, falling with the edit distance.
 * An empty stored context (a quote at either end of the text) cannot disagree.
 */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const best = search(actual, expected, expected.length)[0];
  return best === undefined ? 0 : 1 - best.errors / expected.length;
}
