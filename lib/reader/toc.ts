import type { Block, Section } from "@/lib/corpus/types";
import { commentTree } from "./block-runs";

// Heading levels are normalised so the page's outline has no gaps: the page title
// is the only h1, the top headings of the text (or the articles of a multi-article
// capture) are h2, and a level never jumps by more than one below its predecessor.

export interface TocEntry {
  title: string;
  href: string;
  children: TocEntry[];
}

// Deeper headings stay in the text but not in the contents: a long capture has hundreds.
const MAX_TOC_LEVEL = 3;
const MAX_TITLE = 90;

/** Block index of the first block starting at or after each section's start (or -1). */
function sectionStarts(blocks: readonly Block[], sections: readonly Section[]): number[] {
  return sections.map((s) => blocks.findIndex((b) => b.start >= s.start && b.start < s.end));
}

/** Rendered heading level (2..6) for every heading block, by block index. */
export function headingLevels(blocks: readonly Block[], sections: readonly Section[]): Map<number, number> {
  const articleHeads = new Set(sections.length > 1 ? sectionStarts(blocks, sections) : []);
  const base = articleHeads.size > 0 ? 3 : 2;
  let minRaw = 6;
  blocks.forEach((b, i) => {
    if (b.kind === "heading" && !articleHeads.has(i)) minRaw = Math.min(minRaw, b.level ?? 2);
  });
  const levels = new Map<number, number>();
  let prev = 1;
  blocks.forEach((b, i) => {
    if (b.kind !== "heading") {
      if (articleHeads.has(i)) prev = 2;
      return;
    }
    const wanted = articleHeads.has(i) ? 2 : Math.min(6, base + (b.level ?? 2) - minRaw);
    const level = Math.max(2, Math.min(wanted, prev + 1));
    levels.set(i, level);
    prev = level;
  });
  return levels;
}

function shorten(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1).trimEnd()}…` : t;
}

/** A contents entry before nesting: the block it links to, its level, and (for an article of a capture) its title. */
export type TocHead = [index: number, level: number] | [index: number, level: number, title: string];

/** The contents in document order. Heading titles are left out: they are the blocks' text. */
export function tocHeads(blocks: readonly Block[], sections: readonly Section[], levels: Map<number, number>): TocHead[] {
  const heads: TocHead[] = [];
  const articles = sections.length > 1 ? sectionStarts(blocks, sections) : [];
  const articleAt = new Map(articles.map((index, s) => [index, sections[s]!] as const));
  blocks.forEach((b, i) => {
    const section = articleAt.get(i);
    if (b.kind === "comment" && blocks[i - 1]?.kind !== "comment") {
      // A thread of reader comments is an entry of its own: "Comments (41)".
      let end = i;
      while (blocks[end]?.kind === "comment") end++;
      heads.push([i, 2, `Comments (${commentTree(blocks, i, end).count})`]);
    } else if (section !== undefined) heads.push([i, 2, section.title]);
    else {
      const level = levels.get(i);
      if (level !== undefined && level <= MAX_TOC_LEVEL) heads.push([i, level]);
    }
  });
  return heads;
}

/** Nests the heads into the contents tree; headings with no text are left out. */
export function nestToc(text: string, blocks: readonly Block[], heads: readonly TocHead[]): TocEntry[] {
  const root: TocEntry[] = [];
  // Stack of open entries with their levels; the bottom is the root list.
  let stack: { level: number; entry: TocEntry }[] = [];
  const add = (entry: TocEntry, level: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.entry.children : root).push(entry);
    stack.push({ level, entry });
  };
  for (const [i, level, article] of heads) {
    const href = `#b-${i}`;
    if (article !== undefined) {
      stack = [];
      add({ title: shorten(article), href, children: [] }, level);
      continue;
    }
    const b = blocks[i];
    const title = b === undefined ? "" : shorten(text.slice(b.start, b.end));
    if (title !== "") add({ title, href, children: [] }, level);
  }
  return root;
}

export function buildToc(
  text: string,
  blocks: readonly Block[],
  sections: readonly Section[],
  levels: Map<number, number>,
): TocEntry[] {
  return nestToc(text, blocks, tocHeads(blocks, sections, levels));
}
