import Link from "next/link";
import type { CitingPassage, IndexNode } from "@/lib/archives/index-tree";

// The citation index as nested disclosure lists: native <details>, so it opens with
// the keyboard and without JavaScript; each level says how many passages it holds.

const plural = (n: number) => `${n} ${n === 1 ? "passage" : "passages"}`;

function Passage({ passage }: { passage: CitingPassage }) {
  return (
    <li className="arx-passage">
      <Link href={passage.href}>{passage.sourceTitle}</Link>
      <span className="arx-origin">{passage.origin === "text" ? "in the text" : "in an annotation"}</span>
      {passage.list === null ? null : <span className="arx-list">l./p. {passage.list}</span>}
      <blockquote>{passage.quote}</blockquote>
    </li>
  );
}

function Node({ node, depth }: { node: IndexNode; depth: number }) {
  return (
    <li id={`c-${node.key}`}>
      <details open={depth === 0 && node.count <= 3}>
        <summary>
          <span className="arx-label">{node.label}</span> <span className="arx-count">{plural(node.count)}</span>
        </summary>
        {node.passages.length === 0 ? null : (
          <ul className="arx-passages">
            {node.passages.map((p) => (
              <Passage key={p.id} passage={p} />
            ))}
          </ul>
        )}
        {node.children.length === 0 ? null : (
          <ul className="arx-tree">
            {node.children.map((child) => (
              <Node key={child.key} node={child} depth={depth + 1} />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}

export function CitationIndexView({ nodes, total }: { nodes: IndexNode[]; total: number }) {
  if (nodes.length === 0) {
    return (
      <p className="empty">
        No text or annotation you can read cites an archive yet. Citations are found when a text is imported; an annotation
        cites a file when its archival-citation fields are filled in.
      </p>
    );
  }
  return (
    <>
      <p className="count">
        {plural(total)} cite {nodes.length} {nodes.length === 1 ? "archive or kind of work" : "archives and kinds of work"}.
      </p>
      <ul className="arx-tree arx-top">
        {nodes.map((node) => (
          <Node key={node.key} node={node} depth={0} />
        ))}
      </ul>
    </>
  );
}
