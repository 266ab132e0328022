import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun } from "docx";
import { linkWords } from "@/lib/reader/wording";
import type { Segment } from "../citation/segments";
import type { SourceCitations } from "../citation/source-citations";
import type { ExportRow } from "../row";
import { archivalCitationText } from "@/lib/reader/wording";
import { type ListNumbering, noteParagraphs } from "./note-docx";

/** Word character style of each layer's label (defined in formats/docx.ts). */
export const layerStyle = (layer: string): string => `Layer_${layer}`;
export const EXCERPT_STYLE = "Excerpt";

export const segmentRuns = (segments: Segment[]): TextRun[] => segments.map((s) => new TextRun({ text: s.text, italics: s.italic, bold: s.bold }));

/**
 * One excerpt: the layer as a styled label, the quote with the source's citation
 * as its footnote, the note, tags, links and archival citations.
 */
export function rowParagraphs(row: ExportRow, footnoteId: number, citations: SourceCitations, numbering: ListNumbering): { paragraphs: Paragraph[]; footnote: Paragraph[] } {
  const meta = ` ${row.author.name} · ${row.createdAt.slice(0, 10)}`;
  const paragraphs = [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: row.layerLabel, style: layerStyle(row.layer) }), new TextRun({ text: meta, color: "666666" })] }),
    new Paragraph({ style: EXCERPT_STYLE, children: [new TextRun(row.exact), new FootnoteReferenceRun(footnoteId)] }),
    ...noteParagraphs(row.body, numbering),
  ];
  if (row.tags.length > 0) paragraphs.push(new Paragraph({ children: [new TextRun({ text: "Tags: ", bold: true }), new TextRun(row.tags.join(", "))] }));
  for (const link of row.links) {
    paragraphs.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          new TextRun(`${linkWords(link.kind, link.direction)} “${link.other.exact}” (`),
          new ExternalHyperlink({ link: link.other.passageUrl, children: [new TextRun({ text: link.other.sourceTitle, italics: true, style: "Hyperlink" })] }),
          new TextRun(`)${link.note === null ? "" : ` — ${link.note}`}`),
        ],
      }),
    );
  }
  for (const c of row.citations) paragraphs.push(new Paragraph({ children: [new TextRun({ text: "Archival source: ", bold: true }), new TextRun(archivalCitationText(c))] }));
  const footnote = [
    new Paragraph({
      children: [...segmentRuns(citations.note(row.source)), new TextRun(" "), new ExternalHyperlink({ link: row.passageUrl, children: [new TextRun({ text: "Passage", style: "Hyperlink" })] })],
    }),
  ];
  return { paragraphs, footnote };
}
