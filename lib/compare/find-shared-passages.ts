import { chainMatches, seedMatches, type Chain } from "./chain";
import { compareRange, spanOf } from "./differences";
import { fitEdges } from "./edges";
import { findSeeds } from "./seeds";
import { tokenize } from "./tokenize";
import type { SharedPassage, SharedPassageOptions } from "./types";

// Word 5-grams seed, as in passim's older versions (dasmiq/passim); TextPAIR
// (ARTFL-Project/text-pair) likewise chains n-gram matches across a gap of 15. Twelve
// words is shorter than the shortest real quotation between our captures (the
// Observer's 21 words in 001 and 003) and longer than the stock phrases they share by
// chance ("after the fall of the Soviet Union", 7). The corpus tests pin these choices.
const DEFAULT_SHARED_PASSAGE_OPTIONS: SharedPassageOptions = {
  ngram: 5,
  minWords: 12,
  maxOccurrences: 10,
  maxGap: 15,
  mergeGap: 60,
  cutGap: 300,
};

/**
 * Names the finder and its settings: stored beside cached results, so a change here
 * recomputes them. Bump the leading number when the algorithm changes.
 */
export const SHARED_PASSAGE_FINDER = `1:${JSON.stringify(DEFAULT_SHARED_PASSAGE_OPTIONS)}`;

const overlaps = (a: Chain, b: Chain) =>
  a.leftStart < b.leftEnd && b.leftStart < a.leftEnd && a.rightStart < b.rightEnd && b.rightStart < a.rightEnd;

const byPosition = (a: Chain, b: Chain) => a.leftStart - b.leftStart || a.rightStart - b.rightStart;

/** Keeps the longest of passages that cover the same words on both sides. */
function withoutOverlaps(chains: Chain[]): Chain[] {
  const kept: Chain[] = [];
  for (const chain of [...chains].sort((a, b) => b.matched - a.matched || byPosition(a, b))) {
    if (!kept.some((other) => overlaps(chain, other))) kept.push(chain);
  }
  return kept.sort(byPosition);
}

/**
 * The passages two texts share (a quotation, a common source quoted by both), each with
 * its place in both texts, from its first to its last matching word, and the words
 * each side left out, added, changed or cut. Sorted by left start, then right start.
 */
export function findSharedPassages(left: string, right: string, options: Partial<SharedPassageOptions> = {}): SharedPassage[] {
  const settings = { ...DEFAULT_SHARED_PASSAGE_OPTIONS, ...options };
  if (!Object.values(settings).every((value) => Number.isInteger(value) && value >= 1)) {
    throw new RangeError("shared passage options must be positive whole numbers");
  }
  const leftText = tokenize(left);
  const rightText = tokenize(right);
  const seeds = findSeeds(leftText.tokens, rightText.tokens, settings);

  // Seeds join across small gaps and marked cuts only; longer gaps are for whole chains.
  const chains = chainMatches(seedMatches(seeds, settings.ngram), leftText, rightText, { ...settings, mergeGap: settings.maxGap })
    .map((chain) => fitEdges(chain, leftText, rightText, settings.maxGap))
    .sort(byPosition);
  // Once their edges are fitted, long matches on both sides of a changed stretch join.
  const passages = withoutOverlaps(
    chainMatches(chains, leftText, rightText, settings).filter((chain) => chain.matched >= settings.minWords),
  );

  const found: SharedPassage[] = [];
  for (const range of passages) {
    const { differences, matched } = compareRange(range, leftText, rightText);
    if (matched < settings.minWords) continue;
    const words = range.leftEnd - range.leftStart + (range.rightEnd - range.rightStart);
    found.push({
      left: spanOf(leftText, range.leftStart, range.leftEnd),
      right: spanOf(rightText, range.rightStart, range.rightEnd),
      similarity: Math.round((2000 * matched) / words) / 1000,
      differences,
    });
  }
  return found;
}
