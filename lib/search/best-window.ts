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

/** [start, end) of `block` most like `selection`: within the best run of as many words, the stretch of shared words. */
export function bestWindow(block: string, selection: string): { start: number; end: number } {
  const wanted = new Set(words(selection).map((w) => w.word));
  const found = words(block);
  if (found.length === 0) return { start: 0, end: block.length };
  const size = Math.min(found.length, Math.max(1, words(selection).length));
  const hit = (i: number) => (wanted.has(found[i]!.word) ? 1 : 0);
  let score = 0;
  for (let i = 0; i < size; i++) score += hit(i);
  let best = { score, first: 0 };
  for (let first = 1; first + size <= found.length; first++) {
    score += hit(first + size - 1) - hit(first - 1);
    if (score > best.score) best = { score, first };
  }
  // A passage that quotes the selection with words left out lies in a shorter run: the
  // window's best stretch, each shared word +1 and each other word -1 (Kadane's
  // maximum subarray), leaves out the words of the text around it.
  let run = 0;
  let runFirst = best.first;
  let stretch = { sum: 0, first: best.first, last: best.first + size - 1 };
  for (let i = best.first; i < best.first + size; i++) {
    if (run <= 0) {
      run = 0;
      runFirst = i;
    }
    run += hit(i) === 1 ? 1 : -1;
    if (run > stretch.sum) stretch = { sum: run, first: runFirst, last: i };
  }
  return { start: found[stretch.first]!.start, end: found[stretch.last]!.end };
}
