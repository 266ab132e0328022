// Converts character ranges of the canonical text into text-node boundaries in ONE
// pass over the rendered blocks, however many ranges there are (docs/design-notes.md,
// "Highlights at scale": a walk per range is what made other annotators slow).
// It sees only a minimal DOM-like shape, so it runs in unit tests without a DOM.

/** A text node: a DOM Text has `data`. */
export interface TextLeaf {
  readonly data: string;
}

/** A rendered block: its start offset in the canonical text and its text nodes in order. */
export interface BlockSpan<N extends TextLeaf> {
  start: number;
  leaves: () => Iterable<N>;
}

export interface Boundary<N> {
  node: N;
  offset: number;
}

export interface LocatedRange<N> {
  start: Boundary<N>;
  end: Boundary<N>;
}

export interface OffsetRange {
  start: number;
  end: number;
}

interface Point {
  offset: number;
  range: number;
  isEnd: boolean;
}

// Ends sort before starts at the same offset: an end at a leaf's last character
// stays in that leaf, a start there moves to the next one.
const byOffset = (a: Point, b: Point) => a.offset - b.offset || Number(b.isEnd) - Number(a.isEnd);

/**
 * Text between blocks (the blank lines of the canonical text) is not rendered, so a
 * start falling there moves forward to the next block and an end moves back to the
 * previous one; a range that lies wholly between blocks, or is empty, gives null.
 * Blocks must be in document order with ascending starts (the DOM order of the block elements).
 */
export function locateRanges<N extends TextLeaf>(
  blocks: Iterable<BlockSpan<N>>,
  ranges: readonly OffsetRange[],
): (LocatedRange<N> | null)[] {
  const points: Point[] = [];
  ranges.forEach((r, i) => {
    if (r.end > r.start) points.push({ offset: r.start, range: i, isEnd: false }, { offset: r.end, range: i, isEnd: true });
  });
  points.sort(byOffset);

  // A boundary plus its position in reading order, to spot ranges that collapse.
  type Placed = Boundary<N> & { order: number };
  const starts: (Placed | undefined)[] = new Array(ranges.length);
  const ends: (Placed | undefined)[] = new Array(ranges.length);
  let p = 0;
  let order = 0;
  let last: Placed | undefined;

  const place = (point: Point, at: Placed | undefined) => {
    (point.isEnd ? ends : starts)[point.range] = at;
  };

  for (const block of blocks) {
    if (p >= points.length) break;
    let cursor = block.start;
    let first = true;
    for (const node of block.leaves()) {
      const length = node.data.length;
      if (length === 0) continue;
      order++;
      if (first) {
        // Points in the gap before this block.
        for (; p < points.length && points[p]!.offset < cursor; p++) {
          const point = points[p]!;
          place(point, point.isEnd ? last : { node, offset: 0, order });
        }
        first = false;
      }
      const leafEnd = cursor + length;
      for (; p < points.length; p++) {
        const point = points[p]!;
        if (point.isEnd ? point.offset > leafEnd : point.offset >= leafEnd) break;
        place(point, { node, offset: point.offset - cursor, order });
      }
      last = { node, offset: length, order };
      cursor = leafEnd;
    }
  }
  // Past the last block: ends clamp to the end of the text, starts have nowhere to go.
  for (; p < points.length; p++) if (points[p]!.isEnd) place(points[p]!, last);

  return ranges.map((_, i) => {
    const s = starts[i];
    const e = ends[i];
    if (s === undefined || e === undefined) return null;
    if (s.order > e.order || (s.order === e.order && s.offset >= e.offset)) return null;
    return { start: { node: s.node, offset: s.offset }, end: { node: e.node, offset: e.offset } };
  });
}
