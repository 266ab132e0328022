import { excerptOf, type LineMarker } from "./draft";
import type { ContentLine, LineGroup } from "./line-scan";
import { lineMarker, splitBacklinks } from "./line-markers";
import type { RemovedSpan } from "./types";

// Splits blank-line groups into blocks. The captures do not hard-wrap: most lines
// are whole paragraphs (files 000 and 002 have no blank lines between them), so a
// line break only joins two lines when the second plainly continues the first.

export interface RawBlock {
  raw: string;
  marker?: LineMarker;
  fromLine: number;
  toLine: number;
  verse: boolean;
  widont: boolean;
  lineCount: number;
  kind?: "comment" | "preformatted";
  depth?: number;
  startsComment?: boolean;
  /** The comment's number as the capture printed it (a comment's first paragraph). */
  label?: string;
  authorLine?: boolean;
}

const VERSE_MIN_LINES = 3;
const VERSE_MAX_CHARS = 60;
const CITATION_MAX_CHARS = 300;
const URL_CITATION_MAX_CHARS = 150;

/** Whether `next` continues the line before it rather than starting a paragraph. */
export function continuesLine(prev: string, next: string): boolean {
  // A bare URL belongs to the short citation above it, not to a paragraph of prose.
  if (/^(https?:\/\/|www\.)/.test(next)) return prev.length <= URL_CITATION_MAX_CHARS;
  if (/^\p{Ll}/u.test(next)) return true;
  if (/[(,;–-]$/.test(prev)) return true;
  // A source citation or an attribution under a quotation: "(Ibid.)", "–Trotsky".
  if (/^\(/.test(next) && next.length <= CITATION_MAX_CHARS) return true;
  return /^[–—~]\s?\S/.test(next);
}

export function joinLines(prev: string, next: string): string {
  return prev.endsWith("(") ? prev + next : `${prev} ${next}`;
}

function isVerse(lines: ContentLine[]): boolean {
  if (lines.length < VERSE_MIN_LINES) return false;
  return lines.every((l) => l.text.length <= VERSE_MAX_CHARS && lineMarker(l.text) === undefined);
}

export function blocksOfGroup(group: LineGroup, removed: RemovedSpan[]): RawBlock[] {
  const { lines } = group;
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return [];
  if (first.text.startsWith("```")) {
    const body = lines.slice(1, last.text.startsWith("```") && lines.length > 1 ? -1 : undefined);
    return [{ raw: body.map((l) => l.text).join("\n"), fromLine: first.no, toLine: last.no, verse: true, widont: false, lineCount: lines.length, kind: "preformatted" }];
  }
  if (isVerse(lines)) {
    return [{ raw: lines.map((l) => l.text).join("\n"), fromLine: first.no, toLine: last.no, verse: true, widont: false, lineCount: lines.length }];
  }
  const out: RawBlock[] = [];
  let current: RawBlock | undefined;
  for (const line of lines) {
    const marked = lineMarker(line.text);
    if (marked === undefined && current !== undefined && continuesLine(current.raw, line.text)) {
      current.raw = joinLines(current.raw, line.text);
      current.toLine = line.no;
      current.lineCount += 1;
      current.widont = false;
      continue;
    }
    if (marked?.marker.type === "md-quote" && current?.marker?.type === "md-quote") {
      current.raw = marked.rest === "" ? current.raw : joinLines(current.raw, marked.rest);
      current.toLine = line.no;
      continue;
    }
    let rest = marked?.rest ?? line.text;
    if (marked?.marker.type === "number") {
      const split = splitBacklinks(marked.marker.value, rest);
      if (split.backlinks !== "") {
        removed.push({ fromLine: line.no, toLine: line.no, reason: "reference backlinks", excerpt: excerptOf(split.backlinks), partOfLine: true });
        rest = split.rest;
      }
    }
    current = { raw: rest, marker: marked?.marker, fromLine: line.no, toLine: line.no, verse: false, widont: line.widont, lineCount: 1 };
    out.push(current);
  }
  return out;
}
