import {
  isBetter,
  isConfident,
  makeQuery,
  PreparedText,
  type Candidate,
  type Query,
} from "./candidate";
import { fuzzyQuoteCandidates } from "./fuzzy-quote";
import { positionCandidate } from "./position-selector";
import { exactQuoteCandidates } from "./quote-selector";
import { minimumScore } from "./score";
import type { AnchorOutcome, TextAnchor } from "./types";

/**
 * How far from the expected position the cheap local searches look before
 * the whole text is scanned. Most edits (a sentence, a paragraph) shift a
 * passage by far less.
 */
const LOCAL_RADIUS = 4096;

/** Where a stored anchor lies in `text`: position, then quote, then fuzzy quote, else orphaned. */
export function anchorAnnotation(anchor: TextAnchor, text: string): AnchorOutcome {
  return anchorInPrepared(anchor, new PreparedText(text), anchor.start);
}

/**
 * As anchorAnnotation, against a text prepared once for many anchors, with the
 * start where the passage is expected now (reanchorAll passes the old start
 * moved by the shift its neighbours showed).
 */
export function anchorInPrepared(anchor: TextAnchor, prepared: PreparedText, expectedStart: number): AnchorOutcome {
  if (anchor.exact.length === 0) {
    return { status: "orphaned", reason: "The annotation has no quoted text to look for." };
  }
  const query = makeQuery(anchor, Math.min(Math.max(0, expectedStart), prepared.raw.length));
  return outcomeFor(bestCandidate(query, prepared), query, prepared.raw);
}

/** The best-scoring location, whatever its score (the threshold is applied by the caller). */
export function bestCandidate(query: Query, prepared: PreparedText): Candidate | null {
  const text = prepared.raw;
  const { anchor } = query;
  let best: Candidate | null = null;
  const consider = (candidates: (Candidate | null)[]): boolean => {
    for (const candidate of candidates) {
      if (candidate !== null && isBetter(candidate, best, query.hint)) best = candidate;
    }
    return best !== null && isConfident(best, anchor.exact.length);
  };

  // Cheapest first; each stage runs only when nothing so far is confident.
  const stages: (() => (Candidate | null)[])[] = [
    () => [positionCandidate(text, query, anchor.start)],
    () => (query.hint === anchor.start ? [] : [positionCandidate(text, query, query.hint)]),
    () => exactQuoteCandidates(prepared, query, LOCAL_RADIUS),
    // Local fuzzy before any whole-text scan: when one of two verbatim copies of
    // a passage is edited, the edited copy where the annotation was is the
    // annotated one, though the untouched copy far away scores higher.
    () => fuzzyQuoteCandidates(prepared, query, LOCAL_RADIUS),
    () => exactQuoteCandidates(prepared, query, Infinity),
    () => fuzzyQuoteCandidates(prepared, query, Infinity),
  ];
  for (const stage of stages) {
    if (consider(stage())) break;
  }
  return best;
}

function outcomeFor(best: Candidate | null, query: Query, text: string): AnchorOutcome {
  if (best === null) {
    return { status: "orphaned", reason: "The quoted passage was not found in this version." };
  }
  const found: Candidate = best;
  const { anchor } = query;
  const minimum = minimumScore(anchor.exact.length);
  if (found.score < minimum) {
    return {
      status: "orphaned",
      reason: `The closest match (score ${found.score.toFixed(2)}, minimum ${minimum}) is too doubtful to highlight.`,
    };
  }
  const { start, end } = wholeCharacters(text, found.start, found.end);
  const unmoved = start === anchor.start && end === anchor.end && text.slice(start, end) === anchor.exact;
  const status = unmoved ? "exact" : found.errors === 0 ? "quote" : "fuzzy";
  return { status, start, end, score: found.score };
}

/** A fuzzy match may begin or end inside a surrogate pair; widen it to whole characters. */
function wholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  const isLow = (at: number) => {
    const code = text.charCodeAt(at);
    return code >= 0xdc00 && code <= 0xdfff;
  };
  return { start: start > 0 && isLow(start) ? start - 1 : start, end: end < text.length && isLow(end) ? end + 1 : end };
}
