import type { DraftBlock } from "./draft";

// Plain-text captures lose their <h2>s: a heading survives only as a short line
// that does not read as a sentence, standing before a longer passage.

const MAX_HEADING_CHARS = 100;
const MAX_TITLE_CHARS = 150;

const DATE_LINE =
  /^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?((january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}|\d{4}-\d{2}-\d{2})$/i;

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

function letterCounts(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (/\p{Lu}/u.test(ch)) upper += 1;
    else if (/\p{Ll}/u.test(ch)) lower += 1;
  }
  return { upper, lower };
}

/** "THE KRONSTADT DEMANDS", "SOURCES & BIBLIOGRAPHY:" (a trailing colon is allowed). */
export function isCapsHeading(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS || /^[“"„«(\[]/.test(text) || /[.;,]$/.test(text)) return false;
  const { upper, lower } = letterCounts(text);
  return upper >= 4 && lower <= upper * 0.1;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n += 1;
  return n;
}

/** The block before ends a quotation, so this line is most likely its source. */
function endsQuotation(block: DraftBlock | undefined): boolean {
  return block !== undefined && (block.kind === "quote" || /[”"»][\s.,;:!?…\d[\]⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(block.text));
}

function looksLikeHeadingText(full: string): boolean {
  // "...January 30, 1937.[23]" ends a sentence even with its note marker after it.
  const text = full.replace(/(\[\d{1,3}\]|\[citation needed\]|[⁰¹²³⁴⁵⁶⁷⁸⁹])+$/u, "");
  if (text.length < 2 || text.length > MAX_HEADING_CHARS) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/[.,;:]$/.test(text)) return false;
  if (/https?:\/\/|www\./i.test(text)) return false;
  // Dialogue: "Vyshinsky: Did the center exist?"
  if (/^[\p{L}.\s]{1,30}:\s/u.test(text)) return false;
  // Source lines under a quotation: "Trotsky, Japan & China", "Arch Getty (the H-RUSSIA
  // discussion list...)". A heading's parenthesis holds a year: "The Radek-Pyatakov Trial (1937)".
  if (/^\p{Lu}[\p{L}.’'-]*(\s\p{Lu}[\p{L}.’'-]*){0,2},\s/u.test(text)) return false;
  if (/^\p{Lu}[\p{L}.’'-]*(\s\p{Lu}[\p{L}.’'-]*){0,2}\s\((?![\d\s–-]+\))/u.test(text)) return false;
  // Half of a quotation ("...conspiracy…” letter from Trotsky to Sedov").
  if (count(text, "“") !== count(text, "”")) return false;
  return /\p{L}{2}/u.test(text);
}

export interface HeadingContext {
  /** The block is the only one between two blank lines. */
  alone: boolean;
  prev: DraftBlock | undefined;
  next: DraftBlock | undefined;
}

export function isMixedCaseHeading(block: DraftBlock, ctx: HeadingContext): boolean {
  const { text } = block;
  if (block.verse === true || !looksLikeHeadingText(text)) return false;
  const next = ctx.next;
  if (next === undefined || next.kind === "heading") return false;
  if (endsQuotation(ctx.prev)) return false;
  // A heading may open on an epigraph shorter than itself ("...Murder of Sergei Kirov (1934)" / "“Stalin must be killed!”").
  const epigraph = ctx.alone && /^[“"„«]/.test(next.text);
  if (next.text.length < text.length * 1.5 && !epigraph) return false;
  if (ctx.alone) return true;
  // Files without blank lines (000, 002): a heading sits between two full paragraphs.
  const prev = ctx.prev;
  return prev !== undefined && prev.text.length >= 100 && !prev.text.endsWith(":") && next.text.length >= 100;
}

/** The capture's own title: a line standing alone at the top, perhaps under a date. */
export function isDocumentTitle(block: DraftBlock, next: DraftBlock | undefined): boolean {
  const { text } = block;
  if (block.alone !== true || next === undefined) return false;
  if (text.length > MAX_TITLE_CHARS || text.includes("\n") || block.kind !== "paragraph") return false;
  return /^[\p{Lu}\p{N}“"]/u.test(text) && !/:$/.test(text) && !isDateLine(text);
}
