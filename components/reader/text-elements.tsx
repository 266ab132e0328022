import { createElement, type ReactNode } from "react";
import { blockRuns } from "@/lib/reader/block-runs";
import { linkFootnotes, type FootnoteLinks } from "@/lib/reader/footnotes";
import { safeHref } from "@/lib/reader/format";
import { planBlocks, type Segment } from "@/lib/reader/render-plan";
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
    if (mark.kind === "link") {
      const href = safeHref(mark.href);
      return href === undefined ? inner : <a key={i} href={href} rel="nofollow">{inner}</a>;
    }
    const ref = refs.get(mark.start);
    if (ref === undefined) return <span key={i} className="fr">{inner}</span>;
    return <a key={i} className="fr" href={ref.href} id={ref.id}>{inner}</a>;
  });
}

/** `idPrefix` sets a second text on the page apart (a compare pane): "L-" gives ids L-tx, L-b-0, .... */
export function textElements(text: string, { blocks, marks, levels, markers }: DecodedLayout, lang?: string, idPrefix = ""): ReactNode {
  const plans = planBlocks(text, blocks, marks);
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
        return <p id={id} className={`c${b.depth ?? 0}`}>{content}</p>;
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

  // Children passed as arguments need no keys.
  const runs = blockRuns(blocks).map((run) =>
    run.kind === "single"
      ? block(run.index)
      : createElement("ul", null, ...Array.from({ length: run.to - run.from }, (_, k) => block(run.from + k))),
  );
  return createElement("div", { id: `${idPrefix}tx`, className: "tx", lang }, ...runs);
}
