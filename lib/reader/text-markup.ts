import { blockRuns, type BlockRun, type CommentNode } from "./block-runs";
import { linkFootnotes, type FootnoteLinks } from "./footnotes";
import { safeHref } from "./format";
import { planBlocks, type CiteMark, type Segment } from "./render-plan";
import type { DecodedLayout } from "./text-layout";

// The canonical text as markup, built once for two outputs: React elements
// (components/reader/text-elements.tsx, the compare panes) and an HTML string (the
// reader's text, rendered once per immutable version: ./text-html.ts). Each block
// element has id="b-<index>" (a link target) and holds exactly text.slice(start, end),
// so the browser recovers offsets from the DOM (lib/reader/block-starts.ts).

/** Attributes by their HTML names; undefined ones are left out. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** Makes one element; `children` are built nodes and plain text (which the builder escapes or keeps as text). */
export type Build<N> = (tag: string, attrs: Attrs | null, children: readonly (N | string)[]) => N;

type Child<N> = N | string;

/**
 * The children of a text's root element (`#<idPrefix>tx`), built by `h`.
 * `idPrefix` sets a second text on the page apart (a compare pane): "L-" gives ids L-b-0, ....
 * `cites` are the text's citations, rendered as focusable spans (citation-popover.tsx).
 */
export function buildText<N>(
  h: Build<N>,
  text: string,
  { blocks, marks, levels, markers }: DecodedLayout,
  idPrefix = "",
  cites: readonly CiteMark[] = [],
): Child<N>[] {
  const plans = planBlocks(text, blocks, cites.length === 0 ? marks : [...marks, ...cites]);
  const links = linkFootnotes(blocks, marks);

  const segments = (segs: readonly Segment[], refs: FootnoteLinks["refs"]): Child<N>[] =>
    segs.flatMap((seg): Child<N>[] | Child<N> => {
      if (seg.type === "text") return seg.text;
      const inner = segments(seg.children, refs);
      const { mark } = seg;
      if (mark.kind === "em") return h("em", null, inner);
      if (mark.kind === "strong") return h("strong", null, inner);
      // A citation: focusable, so its popover (citation-popover.tsx) opens from the keyboard too.
      if (mark.kind === "cite") return h("span", { class: "ci", "data-ci": mark.index, tabindex: 0, role: "button", "aria-haspopup": "dialog" }, inner);
      if (mark.kind === "link") {
        const href = safeHref(mark.href);
        // A link whose address is not a web one keeps its text, unwrapped.
        return href === undefined ? inner : h("a", { href, rel: "nofollow" }, inner);
      }
      const ref = refs.get(mark.start);
      if (ref === undefined) return h("span", { class: "fr" }, inner);
      return h("a", { class: "fr", href: ref.href, id: ref.id }, inner);
    });

  const block = (i: number): N => {
    const b = blocks[i]!;
    const id = `${idPrefix}b-${i}`;
    const content = segments(plans[i]!, links.refs);
    switch (b.kind) {
      case "heading":
        return h(`h${levels.get(i) ?? 2}`, { id }, content);
      case "quote":
        return h("blockquote", { id }, content);
      case "preformatted":
        return h("pre", { id }, content);
      case "table-cell":
        return h(b.header === true ? "th" : "td", { id }, content);
      case "list-item":
        return h("li", { id, "data-o": markers.get(i) }, content);
      case "footnote": {
        // The label is not part of the canonical text, so it is drawn outside the block.
        const back = links.backrefs.get(i);
        const label = b.label ?? "";
        const mark = back === undefined ? h("span", { class: "bk" }, [label]) : h("a", { class: "bk", href: back, "aria-label": `Back to the text from note ${label}` }, [label]);
        return h("div", { class: "fn", id: links.noteIds.get(i) }, [mark, h("p", { id }, content)]);
      }
      default:
        return h("p", { id }, content);
    }
  };

  // A comment is one unit: its number (drawn outside the text, like a note's label), its
  // author line where the capture has one, its paragraphs, then its replies nested inside.
  const comment = (node: CommentNode, depth: number, path: string): N => {
    const number = h("span", { class: "cm-n", "aria-hidden": "true" }, [`${node.label}.`]);
    const byline = node.author === undefined ? [] : [h("p", { id: `${idPrefix}b-${node.author}`, class: "cm-by" }, segments(plans[node.author]!, links.refs))];
    const head = h("header", { class: "cm-head" }, [number, ...byline]);
    const replies = node.replies.map((r) => comment(r, depth + 1, `${path}.${r.label}`));
    return h("article", { class: `cm c${Math.min(depth, 5)}`, "aria-label": `Comment ${path}` }, [head, ...node.paragraphs.map(block), ...replies]);
  };

  const run = (r: BlockRun): N => {
    switch (r.kind) {
      case "single":
        return block(r.index);
      case "list":
        return h("ul", null, Array.from({ length: r.to - r.from }, (_, k) => block(r.from + k)));
      case "table": {
        const [first, ...rest] = r.rows;
        const headRow = first !== undefined && first.every((i) => blocks[i]!.header === true);
        const tr = (cells: number[]) => h("tr", null, cells.map(block));
        const body = h("tbody", null, (headRow ? rest : r.rows).map(tr));
        const table = h("table", null, [...(headRow ? [h("thead", null, [tr(first!)])] : []), body]);
        // Wide tables scroll inside their box instead of widening the page on a phone.
        return h("div", { class: "tbl", tabindex: 0, role: "region", "aria-label": "Table" }, [table]);
      }
      case "comments":
        return h("section", { class: "cms", "aria-label": `Comments (${r.count})` }, r.comments.map((c) => comment(c, 0, c.label)));
    }
  };
  return blockRuns(blocks).map(run);
}
