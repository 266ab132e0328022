// A note's tiptap JSON in the PDF, for every node and mark the editor allows; an
// unknown type throws, as in note-markdown.ts.
import type { BodyDoc, BodyNode } from "@/lib/annotations/body";
import type { PdfWriter, Run } from "./pdf-writer";

const INDENT = 18;

function runs(nodes: BodyNode[] = []): Run[] {
  return nodes.map((node) => {
    if (node.type === "hardBreak") return { text: "\n" };
    if (node.type !== "text") throw new Error(`note-pdf: unknown inline node ${node.type}`);
    const run: Run = { text: node.text ?? "" };
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") run.bold = true;
      else if (mark.type === "italic") run.italic = true;
      else if (mark.type === "link") run.link = String(mark.attrs?.href ?? "");
      else throw new Error(`note-pdf: unknown mark ${mark.type}`);
    }
    return run;
  });
}

function blocks(pdf: PdfWriter, nodes: BodyNode[] = [], indent: number, marker: string | null): void {
  nodes.forEach((node, i) => {
    const lead: Run[] = marker !== null && i === 0 ? [{ text: marker }] : [];
    switch (node.type) {
      case "paragraph":
        pdf.paragraph([...lead, ...runs(node.content)], { indent });
        return;
      case "blockquote":
        blocks(pdf, node.content, indent + INDENT, marker);
        return;
      case "bulletList":
      case "orderedList": {
        const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
        (node.content ?? []).forEach((item, n) => {
          if (item.type !== "listItem") throw new Error(`note-pdf: ${item.type} in a list`);
          blocks(pdf, item.content, indent + INDENT, node.type === "bulletList" ? "• " : `${start + n}. `);
        });
        return;
      }
      default:
        throw new Error(`note-pdf: unknown block ${node.type}`);
    }
  });
}

export function writeNote(pdf: PdfWriter, doc: BodyDoc, indent = 0): void {
  blocks(pdf, doc.content, indent, null);
}
