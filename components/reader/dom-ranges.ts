import { blockStarts } from "@/lib/reader/block-starts";
import { locateRanges, type BlockSpan, type LocatedRange, type OffsetRange } from "@/lib/reader/locate-ranges";

// The browser side of highlighting: read the rendered blocks, turn offset ranges
// into DOM Ranges in one pass, and paint them with the CSS Custom Highlight API.
// Browsers without it get <mark> wrappers, which cost DOM nodes but show the same.

function textNodes(el: Element): Iterable<Text> {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  return {
    *[Symbol.iterator]() {
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) yield n as Text;
    },
  };
}

/** The id of a text's root element; a compare pane prefixes it and its blocks' ids ("L-tx", "L-b-0"). */
export const textRootId = (prefix = "") => `${prefix}tx`;

/** The block elements under a text's root (ids <prefix>b-0, <prefix>b-1, ...), in document order. */
export function blockElements(root: Element): HTMLElement[] {
  const prefix = root.id.slice(0, -textRootId().length);
  return Array.from(root.querySelectorAll<HTMLElement>(`[id^="${prefix}b-"]`));
}

/** The rendered blocks under `root`, in document order, as the converter needs them. */
export function renderedBlocks(root: Element): BlockSpan<Text>[] {
  const elements = blockElements(root);
  const starts = blockStarts(elements.map((el) => el.textContent?.length ?? 0));
  return elements.map((el, i) => ({ start: starts[i] ?? 0, leaves: () => textNodes(el) }));
}

function toDomRange(doc: Document, located: LocatedRange<Text>): Range {
  const range = doc.createRange();
  range.setStart(located.start.node, located.start.offset);
  range.setEnd(located.end.node, located.end.offset);
  return range;
}

/** DOM Ranges for offset ranges sorted by start; null where a range covers no rendered text. */
export function domRanges(root: Element, ranges: readonly OffsetRange[]): (Range | null)[] {
  return locateRanges(renderedBlocks(root), ranges).map((r) => (r === null ? null : toDomRange(root.ownerDocument, r)));
}

export const canUseHighlightApi = (): boolean => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

// Two texts on one page (the compare view) paint under the same names, so one
// stylesheet serves both: each painter's share is kept apart and the shares merged.
const shares = new Map<string, Map<symbol, readonly Range[]>>();

// What the page's seed scripts painted (lib/reader/highlight-seed-script.ts), per text
// prefix and name: kept in every repaint until that text's layer paints its own.
type Seeds = Record<string, Record<string, Range[]> | undefined>;
const seeds = (): Seeds | undefined => (window as unknown as { __palimpsestSeed?: Seeds }).__palimpsestSeed;

/** The text named by `prefix` paints its highlights itself from now on: its seed's ranges go at the next repaint. */
export function dropSeed(prefix: string): void {
  const all = seeds();
  if (all !== undefined) delete all[prefix];
}

function repaint(name: string, priority: number | undefined) {
  const byPainter = shares.get(name);
  const seeded = Object.values(seeds() ?? {}).flatMap((byName) => byName?.[name] ?? []);
  const all = [...(byPainter === undefined ? [] : [...byPainter.values()].flat()), ...seeded];
  if (all.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...all);
  if (priority !== undefined) highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/** One painter's share of a highlight name, which it can replace in place (one repaint, not two). */
export interface PaintShare {
  replace: (ranges: readonly Range[]) => void;
  stop: () => void;
}

/** A share under `name` for the CSS Custom Highlight API; callers check canUseHighlightApi() first. */
export function paintShare(name: string, priority?: number): PaintShare {
  const painter = Symbol(name);
  const byPainter = shares.get(name) ?? new Map<symbol, readonly Range[]>();
  shares.set(name, byPainter);
  return {
    replace: (ranges) => {
      byPainter.set(painter, ranges);
      repaint(name, priority);
    },
    stop: () => {
      byPainter.delete(painter);
      repaint(name, priority);
    },
  };
}

/**
 * Paints ranges under a highlight name (styled by `::highlight(name)` or `mark.hl-<name>`),
 * beside what other painters put under that name; returns the undo of this share.
 */
export function paintRanges(name: string, ranges: readonly Range[], priority?: number): () => void {
  if (canUseHighlightApi()) {
    const share = paintShare(name, priority);
    share.replace(ranges);
    return share.stop;
  }
  const marks = ranges.flatMap((r) => wrapRange(r, `hl-${name}`));
  return () => marks.forEach(unwrap);
}

// Fallback: wrap each text node's share of the range in its own <mark>, so the
// wrappers never cross element boundaries.
function wrapRange(range: Range, className: string): HTMLElement[] {
  const doc = range.startContainer.ownerDocument ?? document;
  const root = range.commonAncestorContainer;
  // Wrapping mutates the DOM and live Ranges follow it, so read the boundaries first.
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const parts: Text[] = [];
  if (root.nodeType === Node.TEXT_NODE) parts.push(root as Text);
  else for (const t of textNodes(root as Element)) if (range.intersectsNode(t)) parts.push(t);
  const out: HTMLElement[] = [];
  for (let node of parts) {
    const from = node === startContainer ? startOffset : 0;
    const to = node === endContainer ? endOffset : node.data.length;
    if (to <= from) continue;
    if (from > 0) node = node.splitText(from);
    if (to - from < node.data.length) node.splitText(to - from);
    const mark = doc.createElement("mark");
    mark.className = className;
    node.replaceWith(mark);
    mark.append(node);
    out.push(mark);
  }
  return out;
}

function unwrap(mark: HTMLElement) {
  const parent = mark.parentNode;
  if (parent === null) return;
  mark.replaceWith(...mark.childNodes);
  parent.normalize();
}
