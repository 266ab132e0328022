// The passage the citation index quotes for a citation: the citation with the words
// around it on its line, cut at word boundaries, so "which texts cite this file?" is
// answered with a readable line rather than a bare "F. 3, Op. 24".

const BEFORE = 160;
const AFTER = 100;

function lineStart(text: string, at: number, floor: number): number {
  const nl = text.lastIndexOf("\n", at - 1);
  return Math.max(nl + 1, floor);
}

export function citationContext(text: string, start: number, end: number): string {
  let from = lineStart(text, start, Math.max(0, start - BEFORE));
  // A note on a line of its own ("[Ibid. [TsA FSB...]. L.262]") cites the paragraph above it.
  if (text.slice(from, start).trim().length < 3 && from > 0) from = lineStart(text, from - 1, Math.max(0, from - 1 - BEFORE));
  const nl = text.indexOf("\n", end);
  let to = Math.min(nl === -1 ? text.length : nl, end + AFTER);
  const cutBefore = from > 0 && text[from - 1] !== "\n";
  const cutAfter = to < text.length && text[to] !== "\n";
  if (cutBefore) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (cutAfter) {
    const space = text.lastIndexOf(" ", to);
    if (space >= end) to = space;
  }
  return `${cutBefore ? "… " : ""}${text.slice(from, to).trim()}${cutAfter ? " …" : ""}`;
}
