import type { DraftBlock } from "./draft";
import { isCapsHeading, isDateLine, isDocumentTitle, isMixedCaseHeading } from "./headings";
import { parseInline } from "./inline-marks";
import type { RawBlock } from "./line-blocks";
import { markQuotes } from "./quotes";

// Turns the line reader's raw blocks into typed drafts. Order matters: note lists
// and source entries claim their blocks before the heading and quote heuristics run.

const BIBLIOGRAPHY =
  /^(sources?( (&|and) bibliography)?|bibliography|references|notes|footnotes|works cited|further reading|external links|literature)\s*:?$/i;
const MAX_ARTICLE_TITLE = 150;
const MAX_BIBLIOGRAPHY_ENTRY = 1500;
const NOTE_LIST_COVERAGE = 0.8;

export interface ClassifyInput {
  block: RawBlock;
  alone: boolean;
}

function toDraft({ block, alone }: ClassifyInput): DraftBlock {
  const base = { fromLine: block.fromLine, toLine: block.toLine, marker: block.marker, verse: block.verse, alone };
  if (block.kind === "preformatted") return { ...base, kind: "preformatted", text: block.raw, marks: [], fixed: true };
  const { text, marks } = parseInline(block.raw);
  const draft: DraftBlock = { ...base, kind: "paragraph", text, marks };
  if (block.kind === "comment") {
    const head = block.startsComment === true ? { startsComment: true, label: block.label, authorLine: block.authorLine } : {};
    return { ...draft, kind: "comment", depth: block.depth ?? 0, ...head, fixed: true };
  }
  const m = block.marker;
  if (m === undefined) {
    if (block.widont && text.length <= MAX_ARTICLE_TITLE && !/[.,;:]$/.test(text) && !/https?:|www\./.test(text)) {
      return { ...draft, kind: "heading", level: 1, articleTitle: true, fixed: true };
    }
    return draft;
  }
  switch (m.type) {
    case "md-heading":
      return { ...draft, kind: "heading", level: m.level, fixed: true };
    case "md-quote":
      return { ...draft, kind: "quote", fixed: true };
    case "number":
      return { ...draft, kind: "list-item", ordinal: m.value };
    case "bullet":
      return { ...draft, kind: "list-item" };
    case "superscript":
    case "note-def":
      return { ...draft, kind: "footnote", label: m.value };
    case "paren-number":
      return draft;
  }
}

/** A numbered list whose numbers are the [n] markers used in the text is the notes list. */
function markNoteLists(blocks: DraftBlock[]): void {
  const used = new Set<string>();
  for (const b of blocks) {
    if (b.kind === "footnote") continue;
    for (const m of b.marks) if (m.kind === "footnote-ref" && m.label !== undefined) used.add(m.label);
  }
  if (used.size === 0) return;
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && blocks[j]?.kind === "list-item" && blocks[j]?.ordinal !== undefined) j++;
    if (j - i >= 2) {
      const run = blocks.slice(i, j);
      const covered = [...used].filter((label) => run.some((b) => b.ordinal === label)).length;
      if (covered / used.size >= NOTE_LIST_COVERAGE) {
        for (const b of run) Object.assign(b, { kind: "footnote", label: b.ordinal, ordinal: undefined });
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * "(1) J. T. Murphy, The Errors of Trotskyism (1925)" followed by the excerpt: a
 * numbered primary-source section (file 003). The entries become notes with their
 * label and the excerpts under them quotations.
 */
function markSourceEntries(blocks: DraftBlock[]): void {
  const entries = blocks.filter((b) => b.marker?.type === "paren-number" && b.kind === "paragraph");
  const numbered = entries.map((b) => (b.marker?.type === "paren-number" ? b.marker.value : ""));
  const isSequence = numbered.length >= 3 && numbered[0] === "1" && numbered[1] === "2" && numbered[2] === "3";
  let inExcerpt = false;
  for (const b of blocks) {
    if (b.marker?.type === "paren-number" && b.kind === "paragraph") {
      if (isSequence) {
        Object.assign(b, { kind: "footnote", label: b.marker.value });
        inExcerpt = true;
      } else {
        Object.assign(b, { kind: "list-item", ordinal: b.marker.value });
      }
      continue;
    }
    if (b.kind === "heading" || b.text.startsWith("©")) inExcerpt = false;
    if (inExcerpt && b.kind === "paragraph") b.kind = "quote";
  }
}

function markHeadings(blocks: DraftBlock[]): void {
  let inBibliography = false;
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    if (b.kind === "heading") {
      inBibliography = BIBLIOGRAPHY.test(b.text);
      return;
    }
    if (b.kind !== "paragraph" || b.fixed === true || b.verse === true) {
      return;
    }
    const first = i === 0 || (i === 1 && prev !== undefined && isDateLine(prev.text));
    if (first && isDocumentTitle(b, next)) {
      Object.assign(b, { kind: "heading", level: 1 });
      return;
    }
    if (isCapsHeading(b.text) || (!inBibliography && isMixedCaseHeading(b, { alone: b.alone === true, prev, next }))) {
      Object.assign(b, { kind: "heading", level: 2 });
      inBibliography = BIBLIOGRAPHY.test(b.text);
      return;
    }
    if (inBibliography) {
      if (b.text.length > MAX_BIBLIOGRAPHY_ENTRY) inBibliography = false;
      else b.kind = "list-item";
    }
  });
  // Numbered entries under a "Notes"/"References" heading are notes whatever they cite.
  inBibliography = false;
  for (const b of blocks) {
    if (b.kind === "heading") inBibliography = BIBLIOGRAPHY.test(b.text);
    else if (inBibliography && b.kind === "list-item" && b.ordinal !== undefined) {
      Object.assign(b, { kind: "footnote", label: b.ordinal, ordinal: undefined });
    }
  }
}

export function classifyBlocks(inputs: ClassifyInput[]): DraftBlock[] {
  const blocks = inputs.map(toDraft).filter((b) => b.text.trim() !== "");
  markNoteLists(blocks);
  markSourceEntries(blocks);
  markHeadings(blocks);
  markQuotes(blocks);
  return blocks;
}
