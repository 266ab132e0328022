// A note using every node and mark the editor allows, and the check that it does:
// when the editor gains a node or mark, the format tests fail until they cover it.
import type { BodyDoc, BodyNode } from "@/lib/annotations/body";
import { noteSchema } from "@/lib/annotations/body/schema";

export const EVERY_NODE_NOTE: BodyDoc = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Vyshinsky " },
        { type: "text", text: "insists", marks: [{ type: "bold" }] },
        { type: "text", text: " on the ", marks: [] },
        { type: "text", text: "centre", marks: [{ type: "italic" }] },
        { type: "hardBreak" },
        { type: "text", text: "see " },
        { type: "text", text: "the transcript", marks: [{ type: "link", attrs: { href: "https://example.org/transcript", target: "_blank", rel: "noopener", class: null, title: null } }] },
      ],
    },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Smirnov: But what centre …?" }] }] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Радек" }] }] },
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Pyatakov" }] }] },
      ],
    },
    {
      type: "orderedList",
      attrs: { start: 3, type: null },
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "first trial, 1936" }] }] },
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "# not a heading *nor* emphasis" }] }] },
      ],
    },
  ],
};

function collect(node: BodyNode | BodyDoc, nodes: Set<string>, marks: Set<string>): void {
  nodes.add(node.type);
  if ("marks" in node) for (const m of node.marks ?? []) marks.add(m.type);
  for (const child of node.content ?? []) collect(child, nodes, marks);
}

export function typesUsed(doc: BodyDoc): { nodes: string[]; marks: string[] } {
  const nodes = new Set<string>();
  const marks = new Set<string>();
  collect(doc, nodes, marks);
  return { nodes: [...nodes].sort(), marks: [...marks].sort() };
}

export function editorTypes(): { nodes: string[]; marks: string[] } {
  const schema = noteSchema();
  return { nodes: Object.keys(schema.nodes).sort(), marks: Object.keys(schema.marks).sort() };
}
