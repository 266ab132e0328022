// Where in a block the selected words are: the run of as many words as the selection
// that shares the most of them. word_similarity says a block holds a similar extent,
// not where; this finds it so the result opens at the passage, not the paragraph.

const WORD = /[\p{L}\p{N}]+/gu;

interface Word {
  word: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** [start, end) of `block` most like `selection`; the whole block when it is no longer. */
export function bestWindow(block: string, selection: string): { start: number; end: number } {
  const wanted = new Set(words(selection).map((w) => w.word));
  const found = words(block);
  const size = Math.max(1, words(selection).length);
  if (found.length <= size) return { start: found[0]?.start ?? 0, end: found.at(-1)?.end ?? block.length };
  const hit = (i: number) => (wanted.has(found[i]!.word) ? 1 : 0);
  let score = 0;
  for (let i = 0; i < size; i++) score += hit(i);
  let best = { score, first: 0 };
  for (let first = 1; first + size <= found.length; first++) {
    score += hit(first + size - 1) - hit(first - 1);
    if (score > best.score) best = { score, first };
  }
  return { start: found[best.first]!.start, end: found[best.first + size - 1]!.end };
}
