import type { DraftBlock } from "./draft";
import { isSuperscriptDigit } from "./inline-marks";

// Block quotations in the captures are paragraphs wrapped in quotation marks,
// optionally followed by their source: `“…” (Lenin, The Tax in Kind)`, `"…"[28]`,
// `“…” –Trotsky`. A paragraph that merely starts with a quoted phrase and goes on
// (`“Reforming party ranks” here means…`) is not one.

const OPENERS = "“„«\"”";
const CLOSERS = "”»\"“";
const TAIL_WINDOW = 400;
const MAX_QUOTE_PARAGRAPHS = 12;

function matchBackward(text: string, end: number, open: string, close: string): number {
  let depth = 0;
  const stop = Math.max(0, end - TAIL_WINDOW);
  for (let i = end - 1; i >= stop; i--) {
    const ch = text[i];
    if (ch === close) depth += 1;
    else if (ch === open) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Index just past the quoted body, once a trailing citation or note marker is cut off. */
export function quotedBodyEnd(text: string): number {
  let i = text.length;
  const skip = (re: RegExp): void => {
    while (i > 0 && re.test(text[i - 1] ?? "")) i -= 1;
  };
  for (let round = 0; round < 3; round++) {
    skip(/[\s.,;:!?…]/);
    const last = text[i - 1];
    if (last === ")" || last === "]") {
      const at = matchBackward(text, i, last === ")" ? "(" : "[", last);
      if (at <= 0) break;
      i = at;
      continue;
    }
    if (isSuperscriptDigit(last)) {
      while (i > 0 && isSuperscriptDigit(text[i - 1])) i -= 1;
      continue;
    }
    // An attribution line joined to the quote: `...won the war.” –Kaganovich`.
    const tail = text.slice(Math.max(0, i - 200), i);
    const dash = /[”"»]\s*[–—~]\s?[^”"“«»]{1,200}$/.exec(tail);
    if (dash !== null) {
      i = i - tail.length + dash.index + 1;
      continue;
    }
    break;
  }
  skip(/[\s.,;:!?…]/);
  return i;
}

type QuoteShape = "closed" | "open" | "none";

export function quoteShape(text: string): QuoteShape {
  const first = text[0];
  if (first === undefined || !OPENERS.includes(first)) return "none";
  const end = quotedBodyEnd(text);
  if (first === '"') {
    let count = 0;
    for (let i = 0; i < end; i++) if (text[i] === '"') count += 1;
    if (count % 2 === 0 && text[end - 1] === '"' && end > 1) return "closed";
    return count % 2 === 1 ? "open" : "none";
  }
  let depth = 1;
  for (let i = 1; i < end; i++) {
    const ch = text[i] as string;
    if (ch === "“" || ch === "„" || ch === "«") depth += 1;
    else if (ch === "”" || ch === "»") {
      depth -= 1;
      // The quotation ended and the author's own sentence goes on.
      if (depth <= 0 && i < end - 1 && /^\s*\p{Ll}/u.test(text.slice(i + 1, i + 40))) return "none";
      if (depth < 0) depth = 0;
    }
  }
  if (end > 1 && CLOSERS.includes(text[end - 1] ?? "")) return "closed";
  return depth > 0 ? "open" : "none";
}

function isQuotable(block: DraftBlock | undefined): block is DraftBlock {
  return block !== undefined && !block.fixed && (block.kind === "paragraph" || block.kind === "quote");
}

/** Marks single- and multi-paragraph quotations among unclassified paragraphs. */
export function markQuotes(blocks: DraftBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!isQuotable(block) || block.kind !== "paragraph") continue;
    const shape = quoteShape(block.text);
    if (shape === "closed") {
      block.kind = "quote";
      continue;
    }
    // Curly quotes only: typists of straight quotes leave too many unclosed to trust
    // a closing mark paragraphs later.
    if (shape !== "open" || block.text[0] === '"') continue;
    for (let j = i + 1; j < blocks.length && j <= i + MAX_QUOTE_PARAGRAPHS; j++) {
      const next = blocks[j];
      if (!isQuotable(next) || OPENERS.includes(next.text[0] ?? "")) break;
      const end = quotedBodyEnd(next.text);
      if (CLOSERS.includes(next.text[end - 1] ?? "")) {
        for (let k = i; k <= j; k++) (blocks[k] as DraftBlock).kind = "quote";
        i = j;
        break;
      }
    }
  }
}
