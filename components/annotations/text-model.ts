// The canonical text as the browser holds it: the server sends no text or offsets
// beside the HTML, so both are read back from the rendered blocks (#tx, ids b-<n>).
import { blockElements, textRootId } from "@/components/reader/dom-ranges";
import { BLOCK_SEPARATOR, blockStarts } from "@/lib/reader/block-starts";
import { boundaryOffset, rangeOffsets, type NodeLike, type OffsetRange } from "@/lib/reader/selection-offsets";

export interface TextModel {
  root: HTMLElement;
  text: string;
  startOf: (node: NodeLike) => number | undefined;
}

const cached = new WeakMap<HTMLElement, TextModel>();

/** Read once per text: the blocks' text never changes under the reader (mark fallbacks keep it). */
export function textModel(prefix = ""): TextModel | null {
  const root = document.getElementById(textRootId(prefix));
  if (root === null) return null;
  const known = cached.get(root);
  if (known !== undefined) return known;
  const elements = blockElements(root);
  const texts = elements.map((el) => el.textContent ?? "");
  const starts = blockStarts(texts.map((t) => t.length));
  const byElement = new Map<NodeLike, number>(elements.map((el, i) => [el, starts[i] ?? 0]));
  const model = { root, text: texts.join(BLOCK_SEPARATOR), startOf: (node: NodeLike) => byElement.get(node) };
  cached.set(root, model);
  return model;
}

/** The current DOM selection as canonical offsets, when it touches the text. */
export function selectionOffsets(model: TextModel): OffsetRange | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(model.root)) return null;
  return rangeOffsets(range, model.startOf, model.text);
}

interface CaretPoint {
  node: Node;
  offset: number;
}

// caretPositionFromPoint is the standard (Firefox, Chromium 128+); caretRangeFromPoint the WebKit original.
function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === "function") {
    const p = doc.caretPositionFromPoint(x, y);
    return p === null ? null : { node: p.offsetNode, offset: p.offset };
  }
  if (typeof doc.caretRangeFromPoint === "function") {
    const r = doc.caretRangeFromPoint(x, y);
    return r === null ? null : { node: r.startContainer, offset: r.startOffset };
  }
  return null;
}

/** The canonical offset of the character under a point, or null outside the text. */
export function offsetAtPoint(model: TextModel, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (caret === null || !model.root.contains(caret.node)) return null;
  return boundaryOffset(caret.node, caret.offset, "start", model.startOf);
}
