// Published works cited by volume and pages: "(in Reabilitatsiya: kak eto bylo, vol. 2,
// 2003, p. 294)", "Writings, vol. 12, p. 160.", "Реабилитация: как это было. Т. 2. М.,
// 2003. С. 294.", and "(in <title>, <year>, pp. ...)" where "in" marks a publication.
// A page alone ("p. 5", "(Avrich, p. 71)") is not a reference this module indexes.
import type { PublishedCitation } from "./types";
import { overlapsAny } from "./spans";
import { SP, VALUE_PATTERNS, matchAt, normaliseValue } from "./values";

const VOLUME = /(?<![\p{L}\p{N}])(?:vol\.|Vol\.|VOL\.|volume|Volume|т\.|Т\.)[^\S\n]?(\d+|[IVXL]+)(?![\p{L}\p{N}])/gu;
const YEAR = new RegExp(`[.,]${SP}*(?:\\p{Lu}\\p{L}{0,10}\\.?[,:]?${SP}*)?((?:1[5-9]|20)\\d\\d)(?!\\d)`, "uy");
const PAGE = new RegExp(`[.,]?${SP}*(?:pp\\.|p\\.|PP\\.|P\\.|стр\\.|с\\.|С\\.)${SP}?`, "uy");
const IN_FORM = new RegExp(`\\((?:in|In)${SP}+([^()\\n]{3,200}?),${SP}*((?:1[5-9]|20)\\d\\d),`, "gu");
const MAX_TITLE = 200;
const IBID = /^(?:ibid|ibidem|там же)\.?$/iu;

interface Pages {
  year?: string;
  pages: string;
  end: number;
}

function pagesAfter(text: string, at: number): Pages | undefined {
  let pos = at;
  YEAR.lastIndex = pos;
  const year = YEAR.exec(text);
  if (year !== null) pos = YEAR.lastIndex;
  const head = matchAt(PAGE, text, pos);
  if (head === undefined) return undefined;
  const pages = matchAt(VALUE_PATTERNS.pages, text, pos + head.length);
  if (pages === undefined) return undefined;
  const result: Pages = { pages: normaliseValue(pages), end: pos + head.length + pages.length };
  if (year?.[1] !== undefined) result.year = year[1];
  return result;
}

/**
 * The title written before `at`: back to an open bracket of the line, else to ". ", ";"
 * or the line's start, and never before `floor` (the end of the reference before).
 */
function titleBefore(text: string, at: number, floor: number): { start: number; title: string } | undefined {
  // Bounded look-back, since a capture may be one long line: a window a little wider than
  // MAX_TITLE, so a title cut at its edge is refused as too long below.
  let lineStart = Math.max(at - MAX_TITLE - 8, floor, 0);
  for (let i = at - 1; i >= lineStart; i--) if (text[i] === "\n") lineStart = i + 1;
  let bracket = -1;
  for (let i = at - 1, depth = 0; i >= lineStart && bracket === -1; i--) {
    const c = text[i];
    if (c === ")" || c === "]") depth++;
    else if (c === "(" || c === "[") depth === 0 ? (bracket = i) : depth--;
  }
  let stop = at;
  while (stop > lineStart && " \t\u00a0,.:".includes(text[stop - 1] ?? "")) stop--;
  let from = bracket === -1 ? lineStart : bracket + 1;
  for (let i = stop - 1; i >= from; i--) {
    if (text[i] === ";" || (bracket === -1 && text[i] === "." && text[i + 1] === " ")) {
      from = i + 1;
      break;
    }
  }
  while (from < stop && /[\s,;:]/.test(text[from] ?? "")) from++;
  const written = text.slice(from, stop);
  const title = written.replace(/^(?:in|In)\s+/, "");
  if (title.length > MAX_TITLE || !/\p{L}.*\p{L}/u.test(title) || IBID.test(title)) return undefined;
  return { start: from, title };
}

function make(text: string, start: number, end: number, title: string, fields: Omit<Pages, "end"> & { volume?: string }): PublishedCitation {
  const result: PublishedCitation = { kind: "published", start, end, raw: text.slice(start, end), title };
  if (fields.volume !== undefined) result.volume = fields.volume;
  if (fields.year !== undefined) result.year = fields.year;
  result.pages = fields.pages;
  return result;
}

export function findPublished(text: string): PublishedCitation[] {
  const found: PublishedCitation[] = [];
  for (const m of text.matchAll(VOLUME)) {
    const volume = m[1] ?? "";
    const pages = pagesAfter(text, m.index + m[0].length);
    if (pages === undefined) continue;
    const before = found.at(-1);
    // "vol. 5, p. 46-54, 138, vol. 8, p. 64": the second volume of the same work.
    if (before !== undefined && /^[,;]?\s*$/.test(text.slice(before.end, m.index))) {
      found.push(make(text, m.index, pages.end, before.title, { ...pages, volume, ...(before.year === undefined ? {} : { year: before.year }) }));
      continue;
    }
    const title = titleBefore(text, m.index, before?.end ?? 0);
    if (title !== undefined) found.push(make(text, title.start, pages.end, title.title, { ...pages, volume }));
  }
  const byVolume = [...found];
  for (const m of text.matchAll(IN_FORM)) {
    const pages = pagesAfter(text, m.index + m[0].length - 1);
    if (pages === undefined || pages.year !== undefined || !/^\s*\)/.test(text.slice(pages.end))) continue;
    const start = m.index + 1;
    if (overlapsAny(byVolume, { start, end: pages.end })) continue;
    found.push(make(text, start, pages.end, (m[1] ?? "").trim(), { pages: pages.pages, year: m[2] ?? "" }));
  }
  return found.sort((a, b) => a.start - b.start);
}
