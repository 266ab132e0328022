// ts_headline marks matched words with StartSel/StopSel strings inside the text it
// returns. Search asks for two private-use characters as markers and turns them into
// ranges here, so the page renders <mark> through React and never injects HTML.
import type { SnippetDto } from "./dto";

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** The ts_headline options search uses: one fragment of 15 to 35 words. */
export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MinWords=15, MaxWords=35`;

/** The headline's text without markers, and where the marked words are in it. */
export function parseHeadline(headline: string): SnippetDto {
  const highlights: { start: number; end: number }[] = [];
  let text = "";
  let open: number | null = null;
  for (const char of headline) {
    if (char === MARK_START) open = text.length;
    else if (char === MARK_END) {
      if (open !== null && text.length > open) highlights.push({ start: open, end: text.length });
      open = null;
    } else text += char;
  }
  return { text, highlights };
}

/**
 * Where a headline's text lies in the passage it was cut from, or null when it cannot
 * be found there (the passage itself held a marker character): callers then show the
 * passage's start unmarked rather than marks in the wrong place.
 */
export function locateSnippet(passage: string, snippet: SnippetDto): number | null {
  if (passage.includes(MARK_START) || passage.includes(MARK_END)) return null;
  const at = passage.indexOf(snippet.text);
  return at === -1 ? null : at;
}

/** A snippet of a passage that has no usable headline: its first words, unmarked. */
export function plainSnippet(passage: string, maxLength = 240): SnippetDto {
  const text = passage.length <= maxLength ? passage : `${passage.slice(0, passage.lastIndexOf(" ", maxLength) > 0 ? passage.lastIndexOf(" ", maxLength) : maxLength)}…`;
  return { text, highlights: [] };
}
