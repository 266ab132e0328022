import type { Mark } from "./types";

// Inline markdown as the captures use it: *em*, **strong**, [text](url), bare URLs, plus
// footnote markers ([12], superscript digits) that stay in the text and get a mark.
// One left-to-right scan; every search for a closing delimiter is bounded, so a
// stray "*" or "[" costs a constant, not a rescan of the block.

const MAX_SPAN = 600;
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

export function superscriptToDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const d = SUPERSCRIPT_DIGITS.indexOf(ch);
    out += d >= 0 ? String(d) : ch;
  }
  return out;
}

export function isSuperscriptDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** Characters that may start inline syntax; everything else is copied in one slice. */
function isSpecial(c: number): boolean {
  return c === 0x5b /* [ */ || c === 0x2a /* * */ || c === 0x68 /* h */ || c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** Only web and mail links survive; "#", relative and javascript: targets do not. */
export function safeHref(href: string): string | undefined {
  const h = href.trim();
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(h) ? h : undefined;
}

export interface InlineResult {
  text: string;
  marks: Mark[];
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Finds a closing delimiter that is not preceded by whitespace, within MAX_SPAN. */
function findCloser(raw: string, delim: string, from: number): number {
  const limit = Math.min(raw.length, from + MAX_SPAN);
  let at = raw.indexOf(delim, from);
  while (at !== -1 && at < limit) {
    const after = raw[at + delim.length];
    if (!isSpace(raw[at - 1]) && at > from && !isWordChar(after) && (delim !== "*" || after !== "*")) return at;
    at = raw.indexOf(delim, at + delim.length);
  }
  return -1;
}

/** The ")" closing a link target, allowing balanced parentheses inside it (wiki URLs). */
function closingParen(raw: string, from: number): number {
  let depth = 1;
  const limit = Math.min(raw.length, from + 2000);
  for (let i = from; i < limit; i++) {
    const ch = raw[i];
    if (ch === undefined || /\s/.test(ch)) return -1;
    if (ch === "(") depth += 1;
    else if (ch === ")" && --depth === 0) return i;
  }
  return -1;
}

export function parseInline(raw: string): InlineResult {
  const marks: Mark[] = [];
  const text = scan(raw, 0, marks);
  return { text, marks };
}

function scan(raw: string, offset: number, marks: Mark[]): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    if (!isSpecial(raw.charCodeAt(i))) {
      let j = i + 1;
      while (j < raw.length && !isSpecial(raw.charCodeAt(j))) j++;
      out += raw.slice(i, j);
      i = j;
      continue;
    }
    const ch = raw[i] as string;
    if (ch === "[") {
      const close = raw.indexOf("]", i + 1);
      if (close !== -1 && close - i <= MAX_SPAN) {
        const inner = raw.slice(i + 1, close);
        if (raw[close + 1] === "(" && !inner.includes("[")) {
          const end = closingParen(raw, close + 2);
          const href = end === -1 ? "" : raw.slice(close + 2, end);
          if (end !== -1) {
            const start = offset + out.length;
            out += scan(inner, start, marks);
            const target = safeHref(href);
            if (target !== undefined) marks.push({ kind: "link", start, end: offset + out.length, href: target });
            i = end + 1;
            continue;
          }
        }
        if (/^\d{1,3}$/.test(inner)) {
          const start = offset + out.length;
          out += `[${inner}]`;
          marks.push({ kind: "footnote-ref", start, end: offset + out.length, label: inner });
          i = close + 1;
          continue;
        }
      }
    } else if (ch === "*" && raw[i + 1] === "*" && !isSpace(raw[i + 2])) {
      const close = findCloser(raw, "**", i + 2);
      if (close !== -1) {
        const start = offset + out.length;
        out += scan(raw.slice(i + 2, close), start, marks);
        marks.push({ kind: "strong", start, end: offset + out.length });
        i = close + 2;
        continue;
      }
    } else if (ch === "*" && !isSpace(raw[i + 1]) && raw[i + 1] !== "*" && !isWordChar(raw[i - 1])) {
      const close = findCloser(raw, "*", i + 1);
      if (close !== -1) {
        const start = offset + out.length;
        out += scan(raw.slice(i + 1, close), start, marks);
        marks.push({ kind: "em", start, end: offset + out.length });
        i = close + 1;
        continue;
      }
    } else if (ch === "h" && (i === 0 || /[\s(]/.test(raw[i - 1] ?? "")) && /^https?:\/\/\S/.test(raw.slice(i, i + 9))) {
      // A bare URL, as the captures' source lists print them.
      let j = i;
      while (j < raw.length && !/\s/.test(raw[j] ?? "")) j++;
      while (j > i && /[.,;:)\]”"'’]/.test(raw[j - 1] ?? "")) j--;
      const url = raw.slice(i, j);
      const start = offset + out.length;
      out += url;
      const href = safeHref(url);
      if (href !== undefined) marks.push({ kind: "link", start, end: offset + out.length, href });
      i = j;
      continue;
    } else if (isSuperscriptDigit(ch) && i > 0 && !isSpace(raw[i - 1])) {
      let j = i;
      while (isSuperscriptDigit(raw[j])) j++;
      const start = offset + out.length;
      out += raw.slice(i, j);
      marks.push({ kind: "footnote-ref", start, end: offset + out.length, label: superscriptToDigits(raw.slice(i, j)) });
      i = j;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
