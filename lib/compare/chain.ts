import type { Seed } from "./seeds";
import type { TokenizedText, TokenRange } from "./types";

/** A run of matching words on both sides, and how many words of it match. */
export type Chain = TokenRange & { matched: number };

export type GapLimits = { maxGap: number; mergeGap: number; cutGap: number; minWords: number };

type Open = Chain & { lastLeft: number; lastRight: number };

function hasEllipsis(side: TokenizedText, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (side.ellipsisBefore.has(k)) return true;
  return false;
}

// Two matches belong together when the words between them on each side are
// - at most `maxGap` on both sides (a few words changed), or
// - at most `maxGap` on one side and `mergeGap` on the other, next to a match long
//   enough to count on its own (a sentence left out or added), or
// - at most `mergeGap` on both, between two such matches, or
// - at most `maxGap` on one side, which marks the cut with an ellipsis, and up to
//   `cutGap` on the other ("[...]" for a clause or a paragraph).
// Short matches never join across a long gap by themselves: stock phrases of the
// subject ("the Case of the Anti-Soviet") would string unrelated sentences together.
function joins(open: Open, next: Chain, left: TokenizedText, right: TokenizedText, limits: GapLimits): boolean {
  const leftGap = next.leftStart - open.leftEnd;
  const rightGap = next.rightStart - open.rightEnd;
  const longer = Math.max(leftGap, rightGap);
  const shorter = Math.min(leftGap, rightGap);
  if (longer <= limits.maxGap) return true;
  const longOpen = open.matched >= limits.minWords;
  const longNext = next.matched >= limits.minWords;
  if (longer <= limits.mergeGap && ((longOpen && longNext) || ((longOpen || longNext) && shorter <= limits.maxGap))) return true;
  if (longer > limits.cutGap || shorter > limits.maxGap) return false;
  return leftGap === shorter
    ? hasEllipsis(left, open.leftEnd, next.leftStart)
    : hasEllipsis(right, open.rightEnd, next.rightStart);
}

/**
 * Chains matches (sorted by left start) that follow each other on both sides into
 * longer ones. A match joins the open chain it continues with the least shift between
 * the sides; the rest start chains of their own, so a text quoted twice gives two.
 */
export function chainMatches(
  matches: Chain[],
  left: TokenizedText,
  right: TokenizedText,
  limits: GapLimits,
): Chain[] {
  const done: Chain[] = [];
  let open: Open[] = [];
  for (const next of matches) {
    // A chain that no later match can reach is finished (matches come in left order).
    const reachable: Open[] = [];
    for (const chain of open) (next.leftStart - chain.leftEnd <= limits.cutGap ? reachable : done).push(chain);
    open = reachable;

    let best: Open | undefined;
    let bestShift = Infinity;
    for (const chain of open) {
      const advances = next.leftStart > chain.lastLeft && next.rightStart > chain.lastRight
        && next.leftEnd > chain.leftEnd && next.rightEnd > chain.rightEnd;
      if (!advances || !joins(chain, next, left, right, limits)) continue;
      const shift = Math.abs((next.rightStart - next.leftStart) - (chain.lastRight - chain.lastLeft));
      if (shift < bestShift) { best = chain; bestShift = shift; }
    }
    if (best === undefined) {
      open.push({ ...next, lastLeft: next.leftStart, lastRight: next.rightStart });
      continue;
    }
    best.matched += next.matched - Math.max(0, Math.min(best.leftEnd, next.leftEnd) - next.leftStart);
    best.leftEnd = next.leftEnd;
    best.rightEnd = next.rightEnd;
    best.lastLeft = next.leftStart;
    best.lastRight = next.rightStart;
  }
  done.push(...open);
  return done.map(({ leftStart, leftEnd, rightStart, rightEnd, matched }) => ({ leftStart, leftEnd, rightStart, rightEnd, matched }));
}

/** Seeds as matches of `ngram` words each. */
export function seedMatches(seeds: Seed[], ngram: number): Chain[] {
  return seeds.map(({ left, right }) => ({ leftStart: left, leftEnd: left + ngram, rightStart: right, rightEnd: right + ngram, matched: ngram }));
}
