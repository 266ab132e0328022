import type { DraftBlock, ReadResult } from "./draft";
import { sectionsOf } from "./sections";
import type { Block, ImportReport, Mark, SourceDocument } from "./types";

const BLOCK_SEPARATOR = "\n\n";
const KINDS = ["heading", "paragraph", "quote", "list-item", "footnote", "preformatted", "comment"] as const;

function trimmed(draft: DraftBlock): { text: string; marks: Mark[] } {
  const lead = draft.text.length - draft.text.trimStart().length;
  const text = draft.text.trim();
  const marks = draft.marks
    .map((m) => ({ ...m, start: Math.max(0, m.start - lead), end: Math.min(text.length, m.end - lead) }))
    .filter((m) => m.end > m.start);
  return { text, marks };
}

export function assembleDocument(read: ReadResult, charactersIn: number): SourceDocument {
  const parts: string[] = [];
  const blocks: Block[] = [];
  const marks: Mark[] = [];
  const articleTitles: number[] = [];
  let offset = 0;
  for (const draft of read.blocks) {
    const { text, marks: own } = trimmed(draft);
    if (text === "") continue;
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    const block: Block = { kind: draft.kind, start: offset, end: offset + text.length };
    if (draft.kind === "heading") block.level = draft.level ?? 2;
    if (draft.kind === "comment") {
      block.depth = draft.depth ?? 0;
      block.startsComment = draft.startsComment === true;
      if (draft.startsComment === true && draft.label !== undefined) block.label = draft.label;
      if (draft.startsComment === true && draft.authorLine === true) block.authorLine = true;
    }
    if (draft.kind === "table-cell") {
      block.row = draft.row ?? 0;
      block.col = draft.col ?? 0;
      if (draft.header === true) block.header = true;
    }
    if (draft.kind === "footnote" && draft.label !== undefined) block.label = draft.label;
    if (draft.kind === "list-item" && draft.ordinal !== undefined) block.ordinal = draft.ordinal;
    if (draft.articleTitle === true && draft.kind === "heading") articleTitles.push(blocks.length);
    for (const m of own) marks.push({ ...m, start: m.start + offset, end: m.end + offset });
    blocks.push(block);
    parts.push(text);
    offset += text.length;
  }
  const text = parts.join(BLOCK_SEPARATOR);
  const sections = sectionsOf(text, blocks, articleTitles);
  const blocksByKind: ImportReport["blocksByKind"] = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<(typeof KINDS)[number], number>;
  for (const b of blocks) blocksByKind[b.kind] = (blocksByKind[b.kind] ?? 0) + 1;
  return {
    text,
    blocks,
    marks,
    sections,
    report: {
      blocksByKind,
      charactersIn,
      charactersKept: text.length,
      removed: [...read.removed].sort((a, b) => a.fromLine - b.fromLine || a.toLine - b.toLine),
      sections: sections.length,
      ...(read.found === undefined || Object.keys(read.found).length === 0 ? {} : { found: read.found }),
    },
  };
}
