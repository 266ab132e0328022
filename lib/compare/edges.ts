import { diffArrays } from "diff";
import type { Chain } from "./chain";
import type { Token, TokenizedText } from "./types";

// Where a shared passage starts and ends. Seeds of frequent n-grams were dropped and a
// quotation may end with fewer than n matching words after a change ("... the
// defendants (Zinoviev and Kamenev) is genuine."), so the seeded chain can stop short.
// Its edges grow within the sentence (or clause) only: both texts often go on with the
// same small word ("The") that belongs to what follows, not to the quotation.

const breaksAfter = (side: TokenizedText, index: number) => (side.tokens[index] as Token).breakAfter;

/** Word by word while both sides agree, not across a sentence or clause break. */
function extendExactly(chain: Chain, left: TokenizedText, right: TokenizedText): Chain {
  const out = { ...chain };
  const same = (i: number, j: number) => left.tokens[i]?.norm === right.tokens[j]?.norm;
  while (out.leftStart > 0 && out.rightStart > 0 && same(out.leftStart - 1, out.rightStart - 1)
    && !breaksAfter(left, out.leftStart - 1) && !breaksAfter(right, out.rightStart - 1)) {
    out.leftStart--; out.rightStart--;
  }
  while (out.leftEnd < left.tokens.length && out.rightEnd < right.tokens.length && same(out.leftEnd, out.rightEnd)
    && !breaksAfter(left, out.leftEnd - 1) && !breaksAfter(right, out.rightEnd - 1)) {
    out.leftEnd++; out.rightEnd++;
  }
  return out;
}

/** Index just past the end of the sentence going on at `from`, or null beyond `limit` words. */
function sentenceEnd(side: TokenizedText, from: number, limit: number): number | null {
  for (let i = from; i < side.tokens.length && i < from + limit; i++) if (breaksAfter(side, i)) return i + 1;
  return null;
}

/** Index of the first word of the sentence that `before` is in, or null beyond `limit` words. */
function sentenceStart(side: TokenizedText, before: number, limit: number): number | null {
  for (let i = before; i > before - limit && i > 0; i--) if (breaksAfter(side, i - 1)) return i;
  return before < limit ? 0 : null;
}

const commonWords = (changes: { added: boolean; removed: boolean; count: number }[]) =>
  changes.reduce((sum, c) => sum + (c.added || c.removed ? 0 : c.count), 0);

const wordsOf = (side: TokenizedText, from: number, to: number) => side.tokens.slice(from, to).map((t) => t.norm);

/**
 * When the rest of the sentence differs on the two sides but both sentences end with
 * the same two words or more, the passage runs to those sentence ends (and the same at
 * its start), so the words in between are reported as a difference.
 */
function extendToSentenceEdges(chain: Chain, left: TokenizedText, right: TokenizedText, limit: number): Chain {
  const out = { ...chain };
  if (!breaksAfter(left, out.leftEnd - 1) && !breaksAfter(right, out.rightEnd - 1)) {
    const leftTo = sentenceEnd(left, out.leftEnd, limit);
    const rightTo = sentenceEnd(right, out.rightEnd, limit);
    if (leftTo !== null && rightTo !== null) {
      const changes = diffArrays(wordsOf(left, out.leftEnd, leftTo), wordsOf(right, out.rightEnd, rightTo));
      const last = changes.at(-1);
      if (last !== undefined && !last.added && !last.removed && last.count >= 2) {
        out.matched += commonWords(changes);
        out.leftEnd = leftTo;
        out.rightEnd = rightTo;
      }
    }
  }
  if (out.leftStart > 0 && out.rightStart > 0 && !breaksAfter(left, out.leftStart - 1) && !breaksAfter(right, out.rightStart - 1)) {
    const leftFrom = sentenceStart(left, out.leftStart, limit);
    const rightFrom = sentenceStart(right, out.rightStart, limit);
    if (leftFrom !== null && rightFrom !== null) {
      const changes = diffArrays(wordsOf(left, leftFrom, out.leftStart), wordsOf(right, rightFrom, out.rightStart));
      const first = changes[0];
      if (first !== undefined && !first.added && !first.removed && first.count >= 2) {
        out.matched += commonWords(changes);
        out.leftStart = leftFrom;
        out.rightStart = rightFrom;
      }
    }
  }
  return out;
}

/**
 * A chain grown to its exact edges: the first and last words both sides share. Words
 * added word by word do not count towards `matched`: had their n-grams been rare they
 * would have been seeds, so they are boilerplate (a footer repeated through both texts)
 * and must not make a passage long enough to count. Words found by the sentence-edge
 * diff do count: they sit among differences, where no n-gram can match.
 */
export function fitEdges(chain: Chain, left: TokenizedText, right: TokenizedText, limit: number): Chain {
  return extendToSentenceEdges(extendExactly(chain, left, right), left, right, limit);
}
