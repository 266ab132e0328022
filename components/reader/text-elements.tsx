import { createElement, type ReactNode } from "react";
import { blockRuns, type BlockRun, type CommentNode } from "@/lib/reader/block-runs";
import { linkFootnotes, type FootnoteLinks } from "@/lib/reader/footnotes";
import { safeHref } from "@/lib/reader/format";
import { planBlocks, type CiteMark, type Segment } from "@/lib/reader/render-plan";
import type { DecodedLayout } from "@/lib/reader/text-layout";

// The canonical text as React elements. Each block element has id="b-<index>" (a
// link target) and holds exactly text.slice(start, end), so the browser recovers
// offsets from the DOM (lib/reader/block-starts.ts). Elements are built by plain
// functions, not nested components: hydrating a thousand blocks as components costs
// a fiber and a function call each for nothing.

function segments(segs: readonly Segment[], refs: FootnoteLinks["refs"]): ReactNode {
  // A lone string child needs no array and no key.
  if (segs.length === 1 && segs[0]?.type === "text") return segs[0].text;
  return segs.map((seg, i) => {
    if (seg.type === "text") return seg.text;
    const inner = segments(seg.children, refs);
    const { mark } = seg;
    if (mark.kind === "em") return <em key={i}>{inner}</em>;
    if (mark.kind === "strong") return <strong key={i}>{inner}</strong>;
    // A citation: focusable, so its popover (citation-popover.tsx) opens from the keyboard too.
    if (mark.kind === "cite") {
      return (
        <span key={i} className="ci" data-ci={mark.index} tabIndex={0} role="button" aria-haspopup="dialog">
          {inner}
        </span>
      );
    }
    if (mark.kind === "link") {
      const href = safeHref(mark.href);
      return href === undefined ? inner : <a key={i} href={href} rel="nofollow">{inner}</a>;
    }
    const ref = refs.get(mark.start);
    if (ref === undefined) return <span key={i} className="fr">{inner}</span>;
    return <a key={i} className="fr" href={ref.href} id={ref.id}>{inner}</a>;
  });
}

/**
 * `idPrefix` sets a second text on the page apart (a compare pane): "L-" gives ids L-tx, L-b-0, ....
 * `cites` are the text's citations, rendered as focusable spans (citation-popover.tsx).
 */
export function textElements(
  text: string,
  { blocks, marks, levels, markers }: DecodedLayout,
  lang?: string,
  idPrefix = "",
  cites: readonly CiteMark[] = [],
): ReactNode {
  const plans = planBlocks(text, blocks, cites.length === 0 ? marks : [...marks, ...cites]);
  const links = linkFootnotes(blocks, marks);

  const block = (i: number): ReactNode => {
    const b = blocks[i]!;
    const id = `${idPrefix}b-${i}`;
    const content = segments(plans[i]!, links.refs);
    switch (b.kind) {
      case "heading": {
        const Heading = `h${levels.get(i) ?? 2}` as "h2";
        return <Heading id={id}>{content}</Heading>;
      }
      case "quote":
        return <blockquote id={id}>{content}</blockquote>;
      case "preformatted":
        return <pre id={id}>{content}</pre>;
      case "comment":
        return <p id={id}>{content}</p>;
      case "table-cell":
        return b.header === true ? <th id={id}>{content}</th> : <td id={id}>{content}</td>;
      case "list-item":
        return <li id={id} data-o={markers.get(i)}>{content}</li>;
      case "footnote": {
        // The label is not part of the canonical text, so it is drawn outside the block.
        const back = links.backrefs.get(i);
        const label = b.label ?? "";
        return (
          <div className="fn" id={links.noteIds.get(i)}>
            {back === undefined ? (
              <span className="bk">{label}</span>
            ) : (
              <a className="bk" href={back} aria-label={`Back to the text (note ${label})`}>{label}</a>
            )}
            <p id={id}>{content}</p>
          </div>
        );
      }
      default:
        return <p id={id}>{content}</p>;
    }
  };

  // A comment is one unit: its number (drawn outside the text, like a note's label), its
  // author line where the capture has one, its paragraphs, then its replies nested inside.
  const comment = (node: CommentNode, depth: number, path: string): ReactNode => {
    const name = `Comment ${path}`;
    const head = (
      <header className="cm-head">
        <span className="cm-n" aria-hidden="true">{node.label}.</span>
        {node.author === undefined ? null : createElement("p", { id: `${idPrefix}b-${node.author}`, className: "cm-by" }, segments(plans[node.author]!, links.refs))}
      </header>
    );
    const replies = node.replies.map((r) => comment(r, depth + 1, `${path}.${r.label}`));
    return createElement("article", { className: `cm c${Math.min(depth, 5)}`, "aria-label": name }, head, ...node.paragraphs.map(block), ...replies);
  };

  // Children passed as arguments need no keys.
  const run = (r: BlockRun): ReactNode => {
    switch (r.kind) {
      case "single":
        return block(r.index);
      case "list":
        return createElement("ul", null, ...Array.from({ length: r.to - r.from }, (_, k) => block(r.from + k)));
      case "table": {
        const [first, ...rest] = r.rows;
        const headRow = first !== undefined && first.every((i) => blocks[i]!.header === true);
        const tr = (cells: number[]) => createElement("tr", null, ...cells.map(block));
        const body = createElement("tbody", null, ...(headRow ? rest : r.rows).map(tr));
        const table = createElement("table", null, ...(headRow ? [createElement("thead", null, tr(first!))] : []), body);
        // Wide tables scroll inside their box instead of widening the page on a phone.
        return createElement("div", { className: "tbl", tabIndex: 0, role: "region", "aria-label": "Table" }, table);
      }
      case "comments":
        return createElement("section", { className: "cms", "aria-label": `Comments (${r.count})` }, ...r.comments.map((c) => comment(c, 0, c.label)));
    }
  };
  return createElement("div", { id: `${idPrefix}tx`, className: "tx", lang }, ...blockRuns(blocks).map(run));
}
