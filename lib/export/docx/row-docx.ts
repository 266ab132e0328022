import { archivalCitationText, linkWords } from "@/lib/reader/wording";
import type { Segment } from "../citation/segments";
import type { SourceCitations } from "../citation/source-citations";
import type { ExportRow } from "../row";
import { type ListNumbering, noteParagraphs } from "./note-docx";
import { footnoteReference, hyperlink, paragraph, type PartLinks, run } from "./wordml";

/** Word character style of each layer's label (defined in formats/docx.ts). */
export const layerStyle = (layer: string): string => `Layer_${layer}`;
export const EXCERPT_STYLE = "Excerpt";

export const segmentRuns = (segments: Segment[]): string => segments.map((s) => run(s.text, { italic: s.italic, bold: s.bold })).join("");

export interface RowParts {
  numbering: ListNumbering;
  citations: SourceCitations;
  /** Links in the document's body, and in the footnotes: two parts, two sets of relationships. */
  bodyLinks: PartLinks;
  noteLinks: PartLinks;
}

/**
 * One excerpt: the layer as a styled label, the quote with the source's citation
 * as its footnote, the note, tags, links and archival citations. Returns the
 * body's paragraphs and the footnote, as WordprocessingML.
 */
export function rowXml(row: ExportRow, footnoteId: number, parts: RowParts): { body: string; footnote: string } {
  const meta = ` ${row.author.name} · ${row.createdAt.slice(0, 10)}`;
  let body =
    paragraph(run(row.layerLabel, { style: layerStyle(row.layer) }) + run(meta, { color: "666666" }), { keepNext: true }) +
    paragraph(run(row.exact) + footnoteReference(footnoteId), { style: EXCERPT_STYLE }) +
    noteParagraphs(row.body, parts.numbering, parts.bodyLinks);
  if (row.tags.length > 0) body += paragraph(run("Tags: ", { bold: true }) + run(row.tags.join(", ")));
  for (const link of row.links) {
    body += paragraph(
      run(`${linkWords(link.kind, link.direction)} “${link.other.exact}” (`) +
        hyperlink(parts.bodyLinks.add(link.other.passageUrl), run(link.other.sourceTitle, { italic: true, style: "Hyperlink" })) +
        run(`)${link.note === null ? "" : ` — ${link.note}`}`),
      { numbering: { numId: 1, level: 0 } },
    );
  }
  for (const c of row.citations) body += paragraph(run("Archival source: ", { bold: true }) + run(archivalCitationText(c)));
  const footnote =
    `<w:footnote w:id="${footnoteId}">` +
    paragraph(
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${run(" ")}` +
        segmentRuns(parts.citations.note(row.source)) +
        run(" ") +
        hyperlink(parts.noteLinks.add(row.passageUrl), run("Passage", { style: "Hyperlink" })),
    ) +
    "</w:footnote>";
  return { body, footnote };
}
