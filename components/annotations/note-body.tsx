import { Fragment, type ReactNode } from "react";
import { isAllowedHref } from "@/lib/annotations/body/href";
import { BODY_LIMITS } from "@/lib/annotations/body/limits";
import type { BodyDoc, BodyMark, BodyNode } from "@/lib/annotations/body/shape";

/**
 * Renders a validated note through React elements only: text is always a
 * string child (escaped by React), never stored HTML. Works in server and
 * client components alike (no hooks, no "use client"). Rendering is
 * defensive as well: unknown nodes and marks render nothing or their bare
 * text, and a link is drawn only if its href passes the same allowlist again.
 */
export function NoteBody({ doc, className }: { doc: BodyDoc; className?: string }) {
  return <div className={className}>{renderNodes(doc.content, 2)}</div>;
}

function renderNodes(nodes: BodyNode[] | undefined, depth: number): ReactNode[] {
  // Depth is bounded on write; this guards rows written before the limit existed.
  if (nodes === undefined || depth > BODY_LIMITS.maxDepth) return [];
  return nodes.map((node, i) => <Fragment key={i}>{renderNode(node, depth)}</Fragment>);
}

function renderNode(node: BodyNode, depth: number): ReactNode {
  const children = () => renderNodes(node.content, depth + 1);
  switch (node.type) {
    case "paragraph":
      return <p>{children()}</p>;
    case "blockquote":
      return <blockquote>{children()}</blockquote>;
    case "bulletList":
      return <ul>{children()}</ul>;
    case "orderedList":
      return <ol start={listStart(node)}>{children()}</ol>;
    case "listItem":
      return <li>{children()}</li>;
    case "hardBreak":
      return <br />;
    case "text":
      return typeof node.text === "string" ? applyMarks(node.text, node.marks ?? []) : null;
    default:
      return null;
  }
}

function listStart(node: BodyNode): number | undefined {
  const start = node.attrs?.start;
  return typeof start === "number" && Number.isInteger(start) && start !== 1 ? start : undefined;
}

/** The first mark ends up outermost, matching ProseMirror's mark order. */
function applyMarks(text: string, marks: BodyMark[]): ReactNode {
  return marks.reduceRight<ReactNode>((inner, mark) => wrap(inner, mark), text);
}

function wrap(inner: ReactNode, mark: BodyMark): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong>{inner}</strong>;
    case "italic":
      return <em>{inner}</em>;
    case "link": {
      const href = mark.attrs?.href;
      if (typeof href !== "string" || !isAllowedHref(href)) return inner;
      return (
        <a href={href} rel="noopener noreferrer nofollow" target="_blank">
          {inner}
        </a>
      );
    }
    default:
      return inner;
  }
}
