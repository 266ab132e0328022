import { Parser } from "htmlparser2";
import { excerptOf, type DraftBlock, type ReadResult } from "./draft";
import { BYLINE_CLASS, htmlMetadata } from "./html-metadata";
import { safeHref } from "./inline-marks";
import { junkReason } from "./junk-rules";
import type { BlockKind, Mark, MarkKind, RemovedSpan } from "./types";

// The reader for .html captures: the same drafts as the text reader, from elements
// instead of line heuristics. Page chrome (scripts, navigation, header, footer,
// asides) is dropped and reported with the lines it spanned.

const DROPPED: Record<string, string> = {
  head: "document head",
  script: "script",
  style: "style sheet",
  noscript: "script fallback",
  template: "template",
  nav: "navigation",
  header: "page header",
  footer: "page footer",
  aside: "sidebar",
  form: "form",
  iframe: "embedded frame",
  svg: "image markup",
};
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const INLINE_MARKS: Record<string, MarkKind> = { em: "em", i: "em", strong: "strong", b: "strong" };
const BLOCK_TAGS = new Set(["p", "li", "pre", "blockquote", "div", "section", "article", "main", "body", "dd", "dt", "figcaption", "caption", "tr", "ul", "ol", "dl", "hr"]);
// A <header> inside the content is the article's own (its title, its byline), not page chrome.
const CONTENT = new Set(["article", "main"]);
const BYLINE_REASON = "byline (its author and date fill the source's details)";

interface OpenBlock {
  kind: BlockKind;
  level?: number;
  ordinal?: string;
  row?: number;
  col?: number;
  header?: boolean;
  text: string;
  marks: Mark[];
  startIndex: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function readHtml(html: string): ReadResult {
  const starts = lineStarts(html);
  const blocks: DraftBlock[] = [];
  const removed: RemovedSpan[] = [];
  const openMarks: { tag: string; kind: MarkKind; start: number; href?: string }[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let dropped: { tag: string; depth: number; start: number; text: string; reason: string } | undefined;
  // Tables being read, innermost last: the row and column of the next cell.
  const tables: { row: number; col: number }[] = [];
  let contentDepth = 0;
  // Inside a cell, block elements (a <p>, a list) are part of the cell's text.
  let inCell = false;
  const cellInner = (name: string) => inCell && name !== "td" && name !== "th" && name !== "table" && name !== "tr" && (BLOCK_TAGS.has(name) || HEADINGS[name] !== undefined || name === "br");
  let quoteDepth = 0;
  let preDepth = 0;
  let headingLevel: number | undefined;
  let current: OpenBlock | undefined;
  let parser: Parser | undefined;

  const here = (): number => parser?.startIndex ?? 0;
  const flush = (): void => {
    if (current === undefined) return;
    const block = current;
    current = undefined;
    const lead = block.text.length - block.text.trimStart().length;
    const text = block.kind === "preformatted" ? block.text.replace(/^\n|\n$/g, "") : block.text.trim();
    if (text === "") return;
    const fromLine = lineOf(starts, block.startIndex);
    const toLine = lineOf(starts, Math.max(block.startIndex, here()));
    const junk = block.kind === "paragraph" ? junkReason(text, false) : undefined;
    if (junk !== undefined) {
      removed.push({ fromLine, toLine, reason: junk, excerpt: excerptOf(text) });
      return;
    }
    const shift = block.kind === "preformatted" ? (block.text.startsWith("\n") ? 1 : 0) : lead;
    const marks = block.marks
      .map((m) => ({ ...m, start: Math.max(0, m.start - shift), end: Math.min(text.length, m.end - shift) }))
      .filter((m) => m.end > m.start);
    for (const m of text.matchAll(/\[(\d{1,3})\]/g)) {
      marks.push({ kind: "footnote-ref", start: m.index, end: m.index + m[0].length, label: m[1] ?? "" });
    }
    const cell = block.kind === "table-cell" ? { row: block.row, col: block.col, header: block.header } : {};
    blocks.push({ kind: block.kind, text, marks, fromLine, toLine, level: block.level, ordinal: block.ordinal, ...cell, fixed: true });
  };
  const open = (kind: BlockKind, extra: Partial<OpenBlock> = {}): void => {
    flush();
    current = { kind, text: "", marks: [], startIndex: here(), ...extra };
  };
  const defaultKind = (): BlockKind => (quoteDepth > 0 ? "quote" : "paragraph");

  parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropped !== undefined) {
          if (name === dropped.tag) dropped.depth += 1;
          return;
        }
        const reason = name === "header" && contentDepth > 0 ? undefined : BYLINE_CLASS.test(attribs.class ?? "") ? BYLINE_REASON : DROPPED[name];
        if (reason !== undefined) {
          flush();
          dropped = { tag: name, depth: 1, start: here(), text: "", reason };
          return;
        }
        if (CONTENT.has(name)) contentDepth += 1;
        if (cellInner(name)) {
          if (current !== undefined && !current.text.endsWith(" ")) current.text += " ";
          return;
        }
        const level = HEADINGS[name];
        if (level !== undefined) {
          headingLevel = level;
          open("heading", { level });
        } else if (name === "ul" || name === "ol") {
          flush();
          const start = Number.parseInt(attribs.start ?? "1", 10);
          lists.push({ ordered: name === "ol", next: Number.isFinite(start) ? start : 1 });
        } else if (name === "li") {
          const list = lists[lists.length - 1];
          const ordinal = list?.ordered === true ? String(list.next++) : undefined;
          open("list-item", ordinal === undefined ? {} : { ordinal });
        } else if (name === "table") {
          flush();
          inCell = false;
          tables.push({ row: -1, col: 0 });
        } else if (name === "tr") {
          flush();
          const table = tables[tables.length - 1];
          if (table !== undefined) Object.assign(table, { row: table.row + 1, col: 0 });
        } else if ((name === "td" || name === "th") && tables.length > 0) {
          const table = tables[tables.length - 1]!;
          if (table.row < 0) table.row = 0;
          open("table-cell", { row: table.row, col: table.col, header: name === "th" });
          inCell = true;
          table.col += Math.max(1, Number.parseInt(attribs.colspan ?? "1", 10) || 1);
        } else if (name === "pre") {
          preDepth += 1;
          open("preformatted");
        } else if (name === "blockquote") {
          flush();
          quoteDepth += 1;
        } else if (name === "p") {
          open(defaultKind());
        } else if (name === "br") {
          if (current !== undefined) current.text += preDepth > 0 ? "\n" : " ";
        } else if (BLOCK_TAGS.has(name)) {
          flush();
        } else if (INLINE_MARKS[name] !== undefined || name === "a") {
          if (current === undefined) open(defaultKind());
          const kind = name === "a" ? "link" : (INLINE_MARKS[name] as MarkKind);
          const href = name === "a" ? safeHref(attribs.href ?? "") : undefined;
          openMarks.push({ tag: name, kind, start: current?.text.length ?? 0, href });
        }
      },
      ontext(data) {
        if (dropped !== undefined) {
          dropped.text += data;
          return;
        }
        if (current === undefined) {
          if (data.trim() === "") return;
          open(defaultKind());
        }
        const block = current as OpenBlock;
        if (preDepth > 0) {
          block.text += data;
          return;
        }
        const collapsed = data.replace(/\s+/g, " ");
        block.text += block.text.endsWith(" ") && collapsed.startsWith(" ") ? collapsed.slice(1) : collapsed;
      },
      onclosetag(name) {
        if (dropped !== undefined) {
          if (name === dropped.tag) dropped.depth -= 1;
          if (dropped.depth === 0) {
            const end = parser?.endIndex ?? dropped.start;
            const excerpt = excerptOf(dropped.text) || `<${name}>`;
            removed.push({ fromLine: lineOf(starts, dropped.start), toLine: lineOf(starts, end), reason: dropped.reason, excerpt });
            dropped = undefined;
          }
          return;
        }
        if (CONTENT.has(name)) contentDepth = Math.max(0, contentDepth - 1);
        if (cellInner(name)) return;
        if (HEADINGS[name] !== undefined && headingLevel !== undefined) {
          flush();
          headingLevel = undefined;
        } else if (name === "ul" || name === "ol") {
          flush();
          lists.pop();
        } else if (name === "table") {
          flush();
          tables.pop();
          inCell = false;
        } else if (name === "td" || name === "th") {
          flush();
          inCell = false;
        } else if (name === "pre") {
          flush();
          preDepth = Math.max(0, preDepth - 1);
        } else if (name === "blockquote") {
          flush();
          quoteDepth = Math.max(0, quoteDepth - 1);
        } else if (name === "p" || name === "li" || BLOCK_TAGS.has(name)) {
          flush();
        } else if (INLINE_MARKS[name] !== undefined || name === "a") {
          const at = openMarks.map((m) => m.tag).lastIndexOf(name);
          if (at === -1) return;
          const [mark] = openMarks.splice(at, 1);
          if (mark === undefined || current === undefined || current.text.length <= mark.start) return;
          if (mark.kind === "link" && mark.href === undefined) return;
          const m: Mark = { kind: mark.kind, start: mark.start, end: current.text.length };
          if (mark.href !== undefined) m.href = mark.href;
          current.marks.push(m);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, removed, found: htmlMetadata(html) };
}
