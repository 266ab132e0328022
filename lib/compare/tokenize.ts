import type { Token, TokenizedText } from "./types";

// Words are compared in a normal form so that typography never splits a quotation:
// case, accents, curly and straight apostrophes, and everything that is not a letter or
// a digit (punctuation, quotes, dashes, line breaks, runs of spaces) fall away. Each
// word keeps its offsets in the original text, so a match maps back exactly.

// Letters and digits (with combining marks), joined by an apostrophe inside a word
// ("Government’s", "don't"); a hyphen or dash separates words, so "anti-Soviet" and
// "anti–Soviet" both read "anti" "soviet".
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

// An ellipsis marks words the quoting side cut: "...", ". . .", "…", and the same in
// square or round brackets ("[...]", "(…)").
const ELLIPSIS = /\[\s*(?:\.\s?\.\s?\.|…)\s*\]|\(\s*(?:\.\s?\.\s?\.|…)\s*\)|\.\s?\.\s?\.|…/g;

// What ends a sentence or clause for the boundary rules (lib/compare/edges.ts).
const BREAK = /[.!?;:]|\n\s*\n/;

const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’ʼ]/g;

/** The form a word is compared in: lower case, without accents, with a straight apostrophe. */
export function normaliseWord(word: string): string {
  // Most words are ASCII; skipping NFKD for them keeps the 280 KB capture fast.
  const plain = ASCII.test(word) ? word : word.normalize("NFKD").replace(MARKS, "").replace(APOSTROPHES, "'");
  return plain.toLowerCase();
}

/** Splits a text into words with their offsets, and notes where ellipses stand between them. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length, norm: normaliseWord(match[0]), breakAfter: true });
  }
  tokens.forEach((token, i) => {
    const following = tokens[i + 1];
    if (following !== undefined) token.breakAfter = BREAK.test(text.slice(token.end, following.start));
  });

  const ellipsisBefore = new Map<number, { start: number; end: number }>();
  let next = 0;
  for (const match of text.matchAll(ELLIPSIS)) {
    const start = match.index;
    while (next < tokens.length && (tokens[next] as Token).start < start) next++;
    // Several ellipses in one gap between words count as one cut; the first stands for it.
    if (!ellipsisBefore.has(next)) ellipsisBefore.set(next, { start, end: start + match[0].length });
  }
  return { text, tokens, ellipsisBefore };
}
