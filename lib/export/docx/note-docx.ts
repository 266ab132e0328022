// A note's tiptap JSON as WordprocessingML paragraphs, for every node and mark the
// editor allows (lib/annotations/body/extensions.ts); an unknown type throws, as in
// note-markdown.ts.
import type { BodyDoc, BodyNode } from "@/lib/annotations/body";
import { hyperlink, lineBreak, paragraph, type PartLinks, run } from "./wordml";

export const NOTE_QUOTE_STYLE = "NoteQuote";
const LEVELS = [0, 1, 2, 3];
const BULLETS = ["•", "◦", "▪", "•"];
/** numbering.xml's instance of the bullet lists; ordered lists are numbered after it. */
const BULLET_NUM_ID = 1;

/** Numbered lists are one Word list each (an instance), counting from their own `start`. */
export class ListNumbering {
  #starts: number[] = [];

  /** A new ordered list's numbering instance. */
  next(start: number): number {
    this.#starts.push(start);
    return BULLET_NUM_ID + this.#starts.length;
  }

  /** numbering.xml: the bullet list, and one instance per ordered list with its start. */
  xml(openingTag: string): string {
    const level = (l: number, format: "bullet" | "decimal") =>
      `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${format === "bullet" ? BULLETS[l] : `%${l + 1}.`}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (l + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
    const abstract = (id: number, format: "bullet" | "decimal") => `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${LEVELS.map((l) => level(l, format)).join("")}</w:abstractNum>`;
    const ordered = this.#starts.map(
      (start, i) => `<w:num w:numId="${BULLET_NUM_ID + 1 + i}"><w:abstractNumId w:val="2"/>${LEVELS.map((l) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${start}"/></w:lvlOverride>`).join("")}</w:num>`,
    );
    return `${openingTag}${abstract(1, "bullet")}${abstract(2, "decimal")}<w:num w:numId="${BULLET_NUM_ID}"><w:abstractNumId w:val="1"/></w:num>${ordered.join("")}</w:numbering>`;
  }
}

interface Place {
  quote: boolean;
  list?: { numId: number; level: number };
}

function runs(nodes: BodyNode[] = [], links: PartLinks): string {
  return nodes
    .map((node) => {
      if (node.type === "hardBreak") return lineBreak();
      if (node.type !== "text") throw new Error(`note-docx: unknown inline node ${node.type}`);
      let bold = false;
      let italic = false;
      let href: string | null = null;
      for (const mark of node.marks ?? []) {
        if (mark.type === "bold") bold = true;
        else if (mark.type === "italic") italic = true;
        else if (mark.type === "link") href = String(mark.attrs?.href ?? "");
        else throw new Error(`note-docx: unknown mark ${mark.type}`);
      }
      const text = node.text ?? "";
      if (href === null) return run(text, { bold, italic });
      return hyperlink(links.add(href), run(text, { bold, italic, style: "Hyperlink" }));
    })
    .join("");
}

function blocks(nodes: BodyNode[] = [], place: Place, numbering: ListNumbering, links: PartLinks): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "paragraph":
          return paragraph(runs(node.content, links), { ...(place.quote ? { style: NOTE_QUOTE_STYLE } : {}), ...(place.list === undefined ? {} : { numbering: place.list }) });
        case "blockquote":
          return blocks(node.content, { ...place, quote: true }, numbering, links);
        case "bulletList":
        case "orderedList": {
          const level = place.list === undefined ? 0 : Math.min(place.list.level + 1, 3);
          const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
          const list = { numId: node.type === "bulletList" ? BULLET_NUM_ID : numbering.next(start), level };
          return (node.content ?? [])
            .map((item) => {
              if (item.type !== "listItem") throw new Error(`note-docx: ${item.type} in a list`);
              return blocks(item.content, { ...place, list }, numbering, links);
            })
            .join("");
        }
        default:
          throw new Error(`note-docx: unknown block ${node.type}`);
      }
    })
    .join("");
}

/** The note's paragraphs; its links become relationships of the document (`links`). */
export function noteParagraphs(doc: BodyDoc, numbering: ListNumbering, links: PartLinks): string {
  return blocks(doc.content, { quote: false }, numbering, links);
}
