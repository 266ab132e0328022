import type { Block, Mark, MarkKind } from "@/lib/corpus/types";
import { listMarker } from "./block-runs";
import { blockStarts } from "./block-starts";
import { safeHref } from "./format";

// What the browser needs, beside the canonical text, to render it: the blocks and
// marks in a compact form. The text component is a client component, so its props
// travel in the RSC payload; as objects ({kind, start, end, ...} per block) they
// cost more than the text of a short source. Here a block is one character and a
// length, a mark three small numbers, and starts follow from the lengths.

export interface TextLayout {
  /** One code per block: "p" paragraph, "2".."6" heading level, "q" quote, "r" preformatted,
   * "a".."f" comment depth 0-5 (a later paragraph), "A".."F" a comment's first paragraph and
   * "G".."L" a first paragraph that is the comment's author line (with its number in `strings`),
   * "l" list item, "o" list item with a marker, "n" footnote, and table cells: "t" in the same row,
   * "u" opening a row, "v" opening a table ("T", "U", "V" for header cells). */
  kinds: string;
  lengths: number[];
  /** Only when the blocks are not joined by BLOCK_SEPARATOR (never for imported text). */
  starts?: number[];
  /** Per mark, sorted by start: kind index (MARK_KINDS), start minus the previous mark's start, length. */
  marks: number[];
  /** In order of use: a marker per "o" block, a label per "n" block, a number per comment start, then an href per link and a label per footnote marker. */
  strings: string[];
}

export interface DecodedLayout {
  blocks: Block[];
  marks: Mark[];
  /** Rendered heading level by block index. */
  levels: Map<number, number>;
  /** The marker printed before a list item, by block index, where the text lacks it. */
  markers: Map<number, string>;
}

const MARK_KINDS: readonly MarkKind[] = ["em", "strong", "link", "footnote-ref"];
const COMMENT_CODES = "abcdef";
const START_CODES = "ABCDEF";
const AUTHOR_CODES = "GHIJKL";
const MAX_DEPTH = COMMENT_CODES.length - 1;
const CELL_CODES = "tuv";

interface EncodeState {
  /** Comments numbered so far at each depth of the current thread (for versions stored without numbers). */
  counts: number[];
}

function cellCode(block: Block, prev: Block | undefined): string {
  const row = block.row ?? 0;
  const col = block.col ?? 0;
  const continues = prev?.kind === "table-cell" && (row > (prev.row ?? 0) || (row === prev.row && col > (prev.col ?? 0)));
  const code = !continues ? "v" : row === prev.row ? "t" : "u";
  return block.header === true ? code.toUpperCase() : code;
}

function commentCode(block: Block, depth: number, state: EncodeState, strings: string[]): string {
  if (block.startsComment !== true) return COMMENT_CODES[depth]!;
  state.counts.length = depth + 1;
  state.counts[depth] = (state.counts[depth] ?? 0) + 1;
  strings.push(block.label ?? String(state.counts[depth]));
  return (block.authorLine === true ? AUTHOR_CODES : START_CODES)[depth]!;
}

function kindCode(block: Block, index: number, text: string, levels: Map<number, number>, strings: string[], state: EncodeState, prev: Block | undefined): string {
  if (block.kind !== "comment") state.counts = [];
  switch (block.kind) {
    case "heading":
      return String(levels.get(index) ?? 2);
    case "quote":
      return "q";
    case "preformatted":
      return "r";
    case "comment":
      return commentCode(block, Math.min(Math.max(block.depth ?? 0, 0), MAX_DEPTH), state, strings);
    case "table-cell":
      return cellCode(block, prev);
    case "list-item": {
      const marker = listMarker(block.ordinal, text.slice(block.start, block.end));
      if (marker === undefined) return "l";
      strings.push(marker);
      return "o";
    }
    case "footnote":
      strings.push(block.label ?? "");
      return "n";
    default:
      return "p";
  }
}

/** The layout of a text; `levels` are the rendered heading levels (lib/reader/toc.ts). */
export function encodeLayout(text: string, blocks: readonly Block[], marks: readonly Mark[], levels: Map<number, number>): TextLayout {
  const strings: string[] = [];
  const state: EncodeState = { counts: [] };
  let kinds = "";
  blocks.forEach((b, i) => {
    kinds += kindCode(b, i, text, levels, strings, state, blocks[i - 1]);
  });
  const lengths = blocks.map((b) => b.end - b.start);
  const derived = blockStarts(lengths);
  const joined = blocks.every((b, i) => b.start === derived[i]);

  // A link the reader would not follow is dropped here rather than in the browser:
  // it renders as its plain text either way.
  const kept = marks
    .filter((m) => m.end > m.start && (m.kind !== "link" || safeHref(m.href) !== undefined))
    .sort((a, b) => a.start - b.start);
  const numbers: number[] = [];
  let prev = 0;
  for (const m of kept) {
    numbers.push(MARK_KINDS.indexOf(m.kind), m.start - prev, m.end - m.start);
    prev = m.start;
    if (m.kind === "link") strings.push(m.href ?? "");
    else if (m.kind === "footnote-ref") strings.push(m.label ?? "");
  }
  return { kinds, lengths, ...(joined ? {} : { starts: blocks.map((b) => b.start) }), marks: numbers, strings };
}

export function decodeLayout(layout: TextLayout): DecodedLayout {
  const { kinds, lengths, marks: numbers, strings } = layout;
  const starts = layout.starts ?? blockStarts(lengths);
  let next = 0;
  const take = () => strings[next++] ?? "";
  const levels = new Map<number, number>();
  const markers = new Map<number, string>();
  const blocks: Block[] = [];
  let row = 0;
  let col = 0;
  for (let i = 0; i < kinds.length; i++) {
    const code = kinds[i]!;
    const start = starts[i] ?? 0;
    const span = { start, end: start + (lengths[i] ?? 0) };
    if (code >= "2" && code <= "6") {
      levels.set(i, Number(code));
      blocks.push({ kind: "heading", ...span });
    } else if (code === "q") blocks.push({ kind: "quote", ...span });
    else if (code === "r") blocks.push({ kind: "preformatted", ...span });
    else if (COMMENT_CODES.includes(code)) blocks.push({ kind: "comment", ...span, depth: COMMENT_CODES.indexOf(code) });
    else if (START_CODES.includes(code) || AUTHOR_CODES.includes(code)) {
      const author = AUTHOR_CODES.includes(code);
      const depth = (author ? AUTHOR_CODES : START_CODES).indexOf(code);
      blocks.push({ kind: "comment", ...span, depth, startsComment: true, label: take(), ...(author ? { authorLine: true } : {}) });
    } else if (CELL_CODES.includes(code.toLowerCase())) {
      const c = code.toLowerCase();
      [row, col] = c === "v" ? [0, 0] : c === "u" ? [row + 1, 0] : [row, col + 1];
      blocks.push({ kind: "table-cell", ...span, row, col, ...(code !== c ? { header: true } : {}) });
    }
    else if (code === "o" || code === "l") {
      if (code === "o") markers.set(i, take());
      blocks.push({ kind: "list-item", ...span });
    }
    else if (code === "n") blocks.push({ kind: "footnote", ...span, label: take() });
    else blocks.push({ kind: "paragraph", ...span });
  }
  const marks: Mark[] = [];
  let at = 0;
  for (let k = 0; k + 2 < numbers.length; k += 3) {
    const kind = MARK_KINDS[numbers[k]!] ?? "em";
    at += numbers[k + 1]!;
    const mark: Mark = { kind, start: at, end: at + numbers[k + 2]! };
    if (kind === "link") mark.href = take();
    else if (kind === "footnote-ref") mark.label = take();
    marks.push(mark);
  }
  return { blocks, marks, levels, markers };
}
