import type { Block } from "@/lib/corpus/types";

// Consecutive list items share one <ul> (an <li> needs a list parent), table cells
// their table (rows of cells), reader comments their thread (a tree of comments);
// every other block stands alone. Runs hold block indexes so element ids stay `b-<index>`.

/** One reader comment: its number, its author line and paragraphs (block indexes), its replies. */
export interface CommentNode {
  label: string;
  /** The block that is the comment's author line, when the capture has one. */
  author?: number;
  paragraphs: number[];
  replies: CommentNode[];
}

export type BlockRun =
  | { kind: "list"; from: number; to: number }
  | { kind: "single"; index: number }
  | { kind: "table"; rows: number[][] }
  | { kind: "comments"; comments: CommentNode[]; count: number };

function runEnd(blocks: readonly Block[], i: number, kind: Block["kind"]): number {
  let j = i;
  while (j < blocks.length && blocks[j]!.kind === kind) j++;
  return j;
}

function tableRows(blocks: readonly Block[], from: number, to: number): number[][] {
  const rows: number[][] = [];
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (rows.length === 0 || b.row !== blocks[i - 1]!.row) rows.push([]);
    rows[rows.length - 1]!.push(i);
  }
  return rows;
}

/** The thread of comments in [from, to): replies under their parent, numbered as printed or counted. */
export function commentTree(blocks: readonly Block[], from: number, to: number): { comments: CommentNode[]; count: number } {
  const top: CommentNode[] = [];
  const open: CommentNode[] = [];
  let count = 0;
  const add = (depth: number): CommentNode => {
    open.length = Math.min(open.length, depth);
    const siblings = open.length === 0 ? top : open[open.length - 1]!.replies;
    const node: CommentNode = { label: String(siblings.length + 1), paragraphs: [], replies: [] };
    siblings.push(node);
    open.push(node);
    count += 1;
    return node;
  };
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    const depth = b.depth ?? 0;
    if (b.startsComment === true || open.length === 0) {
      const node = add(Math.min(depth, open.length));
      if (b.label !== undefined) node.label = b.label;
      if (b.authorLine === true) node.author = i;
      else node.paragraphs.push(i);
    } else {
      // A later paragraph belongs to the open comment at its depth.
      open.length = Math.min(open.length, depth + 1);
      open[open.length - 1]!.paragraphs.push(i);
    }
  }
  return { comments: top, count };
}

export function blockRuns(blocks: readonly Block[]): BlockRun[] {
  const runs: BlockRun[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const kind = blocks[i]!.kind;
    const j = kind === "list-item" || kind === "table-cell" || kind === "comment" ? runEnd(blocks, i, kind) : i + 1;
    if (kind === "list-item") runs.push({ kind: "list", from: i, to: j });
    else if (kind === "table-cell") runs.push(...tablesIn(blocks, i, j));
    else if (kind === "comment") runs.push({ kind: "comments", ...commentTree(blocks, i, j) });
    else runs.push({ kind: "single", index: i });
    i = j - 1;
  }
  return runs;
}

/** Cells in a row make one run, split into tables where a cell starts a new one (row 0, column 0). */
function tablesIn(blocks: readonly Block[], from: number, to: number): BlockRun[] {
  const out: BlockRun[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    const b = blocks[i];
    const prev = blocks[i - 1]!;
    const restarts = b === undefined || i === to || (b.row ?? 0) < (prev.row ?? 0) || ((b.row ?? 0) === (prev.row ?? 0) && (b.col ?? 0) <= (prev.col ?? 0));
    if (!restarts) continue;
    out.push({ kind: "table", rows: tableRows(blocks, start, i) });
    start = i;
  }
  return out;
}

/** The marker to print before a list item, or undefined when the text already starts with it. */
export function listMarker(ordinal: string | undefined, blockText: string): string | undefined {
  if (ordinal === undefined || ordinal.trim() === "") return undefined;
  const marker = /[.)]$/.test(ordinal) ? ordinal : `${ordinal}.`;
  return blockText.trimStart().startsWith(ordinal) ? undefined : marker;
}
