// What an imported annotation (or one POSTed through the protocol) says, once read
// from its wire format and before it is anchored: the adapters produce this, the
// importer and the protocol consume it.
import { type BodyDoc, type BodyNode, validateBody } from "@/lib/annotations/body";
import type { Layer } from "@/lib/annotations/dto";

export interface ForeignSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** From a TextPositionSelector, when the other tool gave one. */
  start: number | null;
  end: number | null;
}

export interface ForeignAnnotation {
  /** Its id in the other tool, kept in provenance. */
  originalId: string | null;
  creator: string | null;
  created: Date | null;
  selector: ForeignSelector;
  note: { doc: BodyDoc; text: string };
  /** null: the importer's default layer. */
  layer: Layer | null;
  tags: string[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** The note the editor would have made of plain text: paragraphs at blank lines, hard breaks at newlines. */
export function docFromPlainText(text: string): BodyDoc {
  const paragraphs = text.replace(/\r\n?/g, "\n").trim().split(/\n{2,}/);
  return {
    type: "doc",
    content: paragraphs.map((paragraph): BodyNode => {
      const lines = paragraph.split("\n");
      const content = lines.flatMap((line, i): BodyNode[] => {
        const parts: BodyNode[] = i === 0 ? [] : [{ type: "hardBreak" }];
        return line === "" ? parts : [...parts, { type: "text", text: line }];
      });
      return content.length === 0 ? { type: "paragraph" } : { type: "paragraph", content };
    }),
  };
}

/** A note from the editor's JSON when the other side sent one, else from its text; checked as every note is. */
export function foreignNote(doc: unknown, text: string): Parsed<{ doc: BodyDoc; text: string }> {
  const checked = validateBody(doc ?? docFromPlainText(text));
  return checked.ok ? { ok: true, value: { doc: checked.doc, text: checked.text } } : { ok: false, errors: [`the note: ${checked.reason}`] };
}

/** "2026-11-30T10:00:00Z" as a Date; anything unreadable is no date rather than a wrong one. */
export function foreignDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
