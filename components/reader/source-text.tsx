import { createElement, type ReactNode } from "react";
import type { Block, Mark } from "@/lib/corpus/types";
import { blockRuns, listMarker } from "@/lib/reader/block-runs";
import { linkFootnotes, type FootnoteLinks } from "@/lib/reader/footnotes";
import { isWebUrl } from "@/lib/reader/format";
import { planBlocks, type Segment } from "@/lib/reader/render-plan";

// The canonical text, server-rendered as React elements. Each block element has
// id="b-<index>" (a link target) and holds exactly text.slice(start, end), so the
// browser recovers offsets from the DOM (lib/reader/block-starts.ts). Elements are
// built by plain functions, not nested components, and carry no props beyond what
// the page needs: App Router sends this tree twice (as HTML and as RSC payload), and
// the 280 KB source has a thousand blocks.

const MAX_DEPTH = 5;

interface Props {
  text: string;
  blocks: Block[];
  marks: Mark[];
  levels: Map<number, number>;
  lang?: string;
}

const safeHref = (href: string | undefined) =>
  href !== undefined && (isWebUrl(href) || href.startsWith("mailto:")) ? href : undefined;

function segments(segs: readonly Segment[], refs: FootnoteLinks["refs"]): ReactNode {
  // A lone string child serializes smaller than a one-element array.
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

export function SourceText({ text, blocks, marks, levels, lang }: Props) {
  const plans = planBlocks(text, blocks, marks);
  const links = linkFootnotes(blocks, marks);

  const block = (i: number): ReactNode => {
    const b = blocks[i]!;
    const id = `b-${i}`;
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
        return <p id={id} className={`c${Math.min(Math.max(b.depth ?? 0, 0), MAX_DEPTH)}`}>{content}</p>;
      case "list-item":
        return <li id={id} data-o={listMarker(b.ordinal, text.slice(b.start, b.end))}>{content}</li>;
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

  // Children passed as arguments need no keys, which the payload would carry per block.
  const runs = blockRuns(blocks).map((run) =>
    run.kind === "single"
      ? block(run.index)
      : createElement("ul", null, ...Array.from({ length: run.to - run.from }, (_, k) => block(run.from + k))),
  );
  return createElement("div", { id: "tx", className: "tx", lang }, ...runs);
}
