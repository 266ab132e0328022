// A note's tiptap JSON as Word paragraphs, for every node and mark the editor allows
// (lib/annotations/body/extensions.ts); an unknown type throws, as in note-markdown.ts.
import { ExternalHyperlink, LevelFormat, type NumberingDefinition, Paragraph, type ParagraphChild, TextRun } from "docx";
import type { BodyDoc, BodyNode } from "@/lib/annotations/body";

export const NOTE_QUOTE_STYLE = "NoteQuote";

/** Numbered lists are one Word list each (`instance`), counting from their own `start`. */
export class ListNumbering {
  #instance = 0;
  readonly #starts = new Set<number>();

  next(start: number): { reference: string; instance: number } {
    this.#starts.add(start);
    this.#instance += 1;
    return { reference: `ordered-${start}`, instance: this.#instance };
  }

  definitions(): NumberingDefinition[] {
    return [...this.#starts].map((start) => ({
      reference: `ordered-${start}`,
      levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })),
    }));
  }
}

interface Place {
  quote: boolean;
  list?: { kind: "bullet"; level: number } | { kind: "ordered"; level: number; reference: string; instance: number };
}

function runs(nodes: BodyNode[] = []): ParagraphChild[] {
  return nodes.map((node) => {
    if (node.type === "hardBreak") return new TextRun({ text: "", break: 1 });
    if (node.type !== "text") throw new Error(`note-docx: unknown inline node ${node.type}`);
    let bold = false;
    let italics = false;
    let href: string | null = null;
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") bold = true;
      else if (mark.type === "italic") italics = true;
      else if (mark.type === "link") href = String(mark.attrs?.href ?? "");
      else throw new Error(`note-docx: unknown mark ${mark.type}`);
    }
    const text = node.text ?? "";
    if (href === null) return new TextRun({ text, bold, italics });
    return new ExternalHyperlink({ link: href, children: [new TextRun({ text, bold, italics, style: "Hyperlink" })] });
  });
}

function blocks(nodes: BodyNode[] = [], place: Place, numbering: ListNumbering): Paragraph[] {
  return nodes.flatMap((node) => {
    switch (node.type) {
      case "paragraph":
        return [
          new Paragraph({
            children: runs(node.content),
            ...(place.quote ? { style: NOTE_QUOTE_STYLE } : {}),
            ...(place.list?.kind === "bullet" ? { bullet: { level: place.list.level } } : {}),
            ...(place.list?.kind === "ordered" ? { numbering: { reference: place.list.reference, instance: place.list.instance, level: place.list.level } } : {}),
          }),
        ];
      case "blockquote":
        return blocks(node.content, { ...place, quote: true }, numbering);
      case "bulletList":
      case "orderedList": {
        const level = place.list === undefined ? 0 : Math.min(place.list.level + 1, 3);
        const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
        const list: Place["list"] = node.type === "bulletList" ? { kind: "bullet", level } : { kind: "ordered", level, ...numbering.next(start) };
        return (node.content ?? []).flatMap((item) => {
          if (item.type !== "listItem") throw new Error(`note-docx: ${item.type} in a list`);
          // A list item's later paragraphs continue it without a second number.
          return blocks(item.content, { ...place, list }, numbering);
        });
      }
      default:
        throw new Error(`note-docx: unknown block ${node.type}`);
    }
  });
}

export function noteParagraphs(doc: BodyDoc, numbering: ListNumbering): Paragraph[] {
  return blocks(doc.content, { quote: false }, numbering);
}
