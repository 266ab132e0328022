// The inverse of locate-ranges: a DOM boundary (node, offset), as a Selection or
// caretPositionFromPoint gives it, becomes an offset in the canonical text. Each
// block element holds exactly its slice of the text, so the offset is the block's
// start plus the characters before the boundary inside it. Like locate-ranges it
// sees only a minimal DOM-like shape, so it runs in unit tests without a DOM.

/** The few members of a DOM Node this needs; a real Node satisfies it. */
export interface NodeLike {
  readonly nodeType: number;
  readonly parentNode: NodeLike | null;
  /** Absent on text nodes in some DOM-like trees (htmlparser2's), empty in the browser's. */
  readonly childNodes?: ArrayLike<NodeLike>;
  /** Text nodes only. */
  readonly data?: string;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Which end of a range the boundary is: decides where a boundary outside every block snaps to. */
export type Side = "start" | "end";

/** `startOf(node)` is the canonical start of a block element, undefined for any other node. */
export type BlockStartOf = (node: NodeLike) => number | undefined;

export interface OffsetRange {
  start: number;
  end: number;
}

const NO_CHILDREN: ArrayLike<NodeLike> = [];
const kids = (node: NodeLike): ArrayLike<NodeLike> => node.childNodes ?? NO_CHILDREN;

function textLength(node: NodeLike): number {
  if (node.nodeType === TEXT_NODE) return node.data?.length ?? 0;
  if (node.nodeType !== ELEMENT_NODE) return 0;
  let total = 0;
  for (let i = 0; i < kids(node).length; i++) total += textLength(kids(node)[i]!);
  return total;
}

function indexIn(parent: NodeLike, child: NodeLike): number {
  const list = kids(parent);
  for (let i = 0; i < list.length; i++) if (list[i] === child) return i;
  return -1;
}

/** Characters of `block` before the boundary (node, offset), which lies inside it. */
function charsBefore(block: NodeLike, node: NodeLike, offset: number): number {
  let total = 0;
  if (node.nodeType === TEXT_NODE) total = Math.min(Math.max(offset, 0), node.data?.length ?? 0);
  else for (let i = 0; i < Math.min(offset, kids(node).length); i++) total += textLength(kids(node)[i]!);
  for (let cur = node; cur !== block; ) {
    const parent = cur.parentNode;
    if (parent === null) break;
    const at = indexIn(parent, cur);
    for (let i = 0; i < at; i++) total += textLength(kids(parent)[i]!);
    cur = parent;
  }
  return total;
}

function enclosingBlock(node: NodeLike, startOf: BlockStartOf): NodeLike | null {
  for (let cur: NodeLike | null = node; cur !== null; cur = cur.parentNode) if (startOf(cur) !== undefined) return cur;
  return null;
}

/** The first block in `node`'s subtree (pre-order), or the last one when `last`. */
function blockWithin(node: NodeLike, startOf: BlockStartOf, last: boolean): NodeLike | null {
  if (startOf(node) !== undefined) return node;
  const list = kids(node);
  const n = list.length;
  for (let k = 0; k < n; k++) {
    const found = blockWithin(list[last ? n - 1 - k : k]!, startOf, last);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The nearest block after (for a start) or before (for an end) a boundary that is
 * in no block: between list items, on a footnote's label, in the page header.
 */
function nearestBlock(node: NodeLike, offset: number, side: Side, startOf: BlockStartOf): NodeLike | null {
  const forward = side === "start";
  // The boundary sits between two children of `parent`; `at` is the index of the first one to look at.
  let parent: NodeLike | null;
  let at: number;
  if (node.nodeType === TEXT_NODE) {
    parent = node.parentNode;
    const i = parent === null ? -1 : indexIn(parent, node);
    at = forward ? i + 1 : i - 1;
  } else {
    parent = node;
    at = forward ? offset : offset - 1;
  }
  for (; parent !== null; ) {
    const list = kids(parent);
    for (let k = at; k >= 0 && k < list.length; k += forward ? 1 : -1) {
      const found = blockWithin(list[k]!, startOf, !forward);
      if (found !== null) return found;
    }
    const up: NodeLike | null = parent.parentNode;
    if (up === null) return null;
    const i = indexIn(up, parent);
    at = forward ? i + 1 : i - 1;
    parent = up;
  }
  return null;
}

/**
 * The canonical offset of a DOM boundary. Inside a block: the exact character. In
 * no block: a start snaps to the next block's start, an end to the previous block's
 * end; null when there is no such block (a start after the last block, an end before the first).
 */
export function boundaryOffset(node: NodeLike, offset: number, side: Side, startOf: BlockStartOf): number | null {
  const block = enclosingBlock(node, startOf);
  if (block !== null) return startOf(block)! + charsBefore(block, node, offset);
  const near = nearestBlock(node, offset, side, startOf);
  if (near === null) return null;
  const start = startOf(near)!;
  return side === "start" ? start : start + textLength(near);
}

export interface BoundaryPair {
  startContainer: NodeLike;
  startOffset: number;
  endContainer: NodeLike;
  endOffset: number;
}

/**
 * A selected DOM range as canonical offsets, with the white space at either end
 * trimmed (a double-click selects the word and the space after it in some browsers);
 * null when nothing but white space, or nothing of the text, is selected.
 */
export function rangeOffsets(range: BoundaryPair, startOf: BlockStartOf, text: string): OffsetRange | null {
  const start = boundaryOffset(range.startContainer, range.startOffset, "start", startOf);
  const end = boundaryOffset(range.endContainer, range.endOffset, "end", startOf);
  if (start === null || end === null) return null;
  return trimRange(text, start, Math.min(end, text.length));
}

/** [start, end) without leading and trailing white space; null when nothing else is left. */
export function trimRange(text: string, start: number, end: number): OffsetRange | null {
  let s = Math.max(start, 0);
  let e = Math.min(end, text.length);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
