import type { Block, Mark as CorpusMark } from "@/lib/corpus/types";

// A block's content as a tree of segments whose leaf texts, concatenated, are
// exactly text.slice(block.start, block.end). The client maps character offsets
// to DOM positions by counting text nodes, so markup may wrap text but never add it.

/** A citation the reader marks (lib/citations), `index` into the page's citation list. */
export interface CiteMark {
  kind: "cite";
  start: number;
  end: number;
  index: number;
}

/** The text's own marks plus the reader's citation marks. */
export type Mark = CorpusMark | CiteMark;
type MarkKind = Mark["kind"];

export interface TextSegment {
  type: "text";
  start: number;
  text: string;
}

export interface MarkSegment {
  type: "mark";
  /** The mark clipped to its place in the tree (start/end may differ from the source mark). */
  mark: Mark;
  children: Segment[];
}

export type Segment = TextSegment | MarkSegment;

// For marks over the same span, which one wraps the other: links outermost, so a
// bold link renders as <a><strong>, and emphasis innermost.
const RANK: Record<MarkKind, number> = { link: 0, "footnote-ref": 1, cite: 2, strong: 3, em: 4 };

const isAnchor = (kind: MarkKind) => kind === "link" || kind === "footnote-ref";

function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];
}

/**
 * Distributes marks over blocks, clipping a mark that crosses a block boundary
 * into each block it touches. Blocks must be sorted by start and not overlap (the
 * importer guarantees it); the result is aligned with `blocks`.
 */
export function marksByBlock(blocks: readonly Block[], marks: readonly Mark[]): Mark[][] {
  const out: Mark[][] = blocks.map(() => []);
  for (const mark of marks) {
    if (!(mark.end > mark.start)) continue;
    let i = firstBlockEndingAfter(blocks, mark.start);
    for (; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.start >= mark.end) break;
      const start = Math.max(mark.start, block.start);
      const end = Math.min(mark.end, block.end);
      if (end > start) out[i]!.push(start === mark.start && end === mark.end ? mark : { ...mark, start, end });
    }
  }
  return out;
}

function firstBlockEndingAfter(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The segment tree of one block; `marks` may be unsorted and may reach outside the block. */
export function planBlock(text: string, block: Block, marks: readonly Mark[]): Segment[] {
  const inside: Mark[] = [];
  for (const m of marks) {
    const start = Math.max(m.start, block.start);
    const end = Math.min(m.end, block.end);
    if (end > start) inside.push(start === m.start && end === m.end ? m : { ...m, start, end });
  }
  inside.sort(compareMarks);
  return nest(text, block.start, block.end, inside, false);
}

/** Plans every block of a document: one pass to distribute marks, then one tree per block. */
export function planBlocks(text: string, blocks: readonly Block[], marks: readonly Mark[]): Segment[][] {
  const perBlock = marksByBlock(blocks, marks);
  return blocks.map((block, i) => planBlock(text, block, perBlock[i]!));
}

// `marks` lie within [from, to), are non-empty and sorted by compareMarks. A mark
// that starts inside another and ends outside it is split at the outer mark's end,
// so the tree stays well nested. Anchors inside anchors are dropped (keeping their
// text), since nested <a> elements are invalid HTML and browsers would re-parent them.
function nest(text: string, from: number, to: number, marks: Mark[], inAnchor: boolean): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  let queue = marks;
  while (queue.length > 0) {
    const [mark, ...others] = queue as [Mark, ...Mark[]];
    if (mark.start > pos) pushText(out, text, pos, mark.start);
    const inner: Mark[] = [];
    const rest: Mark[] = [];
    for (const o of others) {
      if (o.start >= mark.end) rest.push(o);
      else if (o.end <= mark.end) inner.push(o);
      else {
        inner.push({ ...o, end: mark.end });
        rest.push({ ...o, start: mark.end });
      }
    }
    rest.sort(compareMarks);
    queue = rest;
    const anchor = isAnchor(mark.kind);
    const children = nest(text, mark.start, mark.end, inner, inAnchor || anchor);
    if (anchor && inAnchor) for (const child of children) pushSegment(out, child);
    else out.push({ type: "mark", mark, children });
    pos = mark.end;
  }
  if (to > pos) pushText(out, text, pos, to);
  return out;
}

function pushText(out: Segment[], text: string, start: number, end: number) {
  pushSegment(out, { type: "text", start, text: text.slice(start, end) });
}

// Adjacent text segments are merged: React would separate them with <!-- --> comments.
function pushSegment(out: Segment[], seg: Segment) {
  const last = out[out.length - 1];
  if (seg.type === "text" && last?.type === "text") {
    out[out.length - 1] = { type: "text", start: last.start, text: last.text + seg.text };
  } else out.push(seg);
}

/** The text a segment tree covers, in order (what the DOM's textContent will be). */
export function segmentText(segments: readonly Segment[]): string {
  let s = "";
  for (const seg of segments) s += seg.type === "text" ? seg.text : segmentText(seg.children);
  return s;
}
