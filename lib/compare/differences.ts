import type { Difference, Span, Token, TokenizedText, TokenRange } from "./types";
import { wordRuns } from "./word-runs";

/** The words of `side` from index `from` to `to` (exclusive), as they stand in its text. */
export function spanOf(side: TokenizedText, from: number, to: number): Span {
  const start = (side.tokens[from] as Token).start;
  const end = (side.tokens[to - 1] as Token).end;
  return { start, end, text: side.text.slice(start, end) };
}

function ellipsisAt(side: TokenizedText, index: number): Span | null {
  const found = side.ellipsisBefore.get(index);
  return found === undefined ? null : { ...found, text: side.text.slice(found.start, found.end) };
}

/** One hunk of the word diff: words only one side has, or that each side has its own way. */
function differenceOf(
  left: TokenizedText, leftFrom: number, leftTo: number,
  right: TokenizedText, rightFrom: number, rightTo: number,
): Difference {
  const leftSpan = leftTo > leftFrom ? spanOf(left, leftFrom, leftTo) : null;
  const rightSpan = rightTo > rightFrom ? spanOf(right, rightFrom, rightTo) : null;
  if (leftSpan !== null && rightSpan !== null) return { kind: "changed", left: leftSpan, right: rightSpan };
  if (leftSpan !== null) {
    const cut = ellipsisAt(right, rightFrom);
    return cut === null ? { kind: "left-only", left: leftSpan, right: null } : { kind: "cut", left: leftSpan, right: cut };
  }
  const cut = ellipsisAt(left, leftFrom);
  return cut === null ? { kind: "right-only", left: null, right: rightSpan } : { kind: "cut", left: cut, right: rightSpan };
}

export type Comparison = { differences: Difference[]; matched: number };

/**
 * The differences inside one shared passage, from the word diff of its normalised words
 * (so typography never shows as a difference), each mapped back to its place in both
 * texts. Runs of one side next to each other (removed, then added) are one change.
 */
export function compareRange(range: TokenRange, left: TokenizedText, right: TokenizedText): Comparison {
  const leftWords = left.tokens.slice(range.leftStart, range.leftEnd).map((t) => t.norm);
  const rightWords = right.tokens.slice(range.rightStart, range.rightEnd).map((t) => t.norm);
  const differences: Difference[] = [];
  let matched = 0;
  let pending: { left: number; right: number } | null = null;
  const close = (leftTo: number, rightTo: number) => {
    if (pending === null) return;
    differences.push(differenceOf(
      left, range.leftStart + pending.left, range.leftStart + leftTo,
      right, range.rightStart + pending.right, range.rightStart + rightTo,
    ));
    pending = null;
  };
  for (const run of wordRuns(leftWords, rightWords)) {
    if (run.side === "both") {
      close(run.left, run.right);
      matched += run.count;
    } else pending ??= { left: run.left, right: run.right };
  }
  close(leftWords.length, rightWords.length);
  return { differences, matched };
}
