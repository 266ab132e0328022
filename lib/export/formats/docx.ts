import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { LAYER_LABELS, LAYERS } from "@/lib/annotations/dto";
import { SourceCitations } from "../citation/source-citations";
import { EXCERPT_STYLE, layerStyle, rowParagraphs, segmentRuns } from "../docx/row-docx";
import { ListNumbering, NOTE_QUOTE_STYLE } from "../docx/note-docx";
import { FORMAT_LABELS } from "../format-ids";
import type { ExportFormat } from "../registry";

// Layer labels in the reader's colours (components/annotations/annotations.css), as shading.
const LAYER_SHADES: Record<(typeof LAYERS)[number], string> = {
  primary_document: "DCE8F5",
  apologist_claim: "F8DEDB",
  rebuttal: "DDEFD9",
  archival_finding: "F3E8C8",
};

const styles = {
  default: { document: { run: { font: "Georgia", size: 22 } } },
  characterStyles: LAYERS.map((layer) => ({
    id: layerStyle(layer),
    name: `Layer: ${LAYER_LABELS[layer]}`,
    run: { bold: true, smallCaps: true, shading: { type: "clear" as const, fill: LAYER_SHADES[layer], color: "auto" } },
  })),
  paragraphStyles: [
    { id: EXCERPT_STYLE, name: "Excerpt", basedOn: "Normal", run: { size: 22 }, paragraph: { indent: { left: 720, right: 360 }, spacing: { before: 80, after: 120 } } },
    { id: NOTE_QUOTE_STYLE, name: "Note quote", basedOn: "Normal", run: { italics: true }, paragraph: { indent: { left: 720 } } },
  ],
};

/**
 * Word: a heading per source, each excerpt with its layer label and the source's
 * citation as a footnote, the bibliography at the end. The docx package builds the
 * document in memory before zipping it, so unlike the text formats this one holds
 * the whole export (the bench reports how much).
 */
export const docxFormat: ExportFormat = {
  id: "docx",
  label: FORMAT_LABELS.docx,
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
  async *write(batches, context) {
    const citations = new SourceCitations();
    const numbering = new ListNumbering();
    const body: Paragraph[] = [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(context.title)] }),
      new Paragraph({ children: [new TextRun({ text: `Exported from Palimpsest on ${context.generatedAt.slice(0, 10)}: ${context.total} annotation${context.total === 1 ? "" : "s"}.`, color: "666666" })] }),
    ];
    const footnotes: Record<string, { children: Paragraph[] }> = {};
    let sourceId: string | null = null;
    let footnoteId = 0;
    for await (const batch of batches) {
      for (const row of batch) {
        if (row.source.id !== sourceId) {
          sourceId = row.source.id;
          body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(row.source.title)] }));
        }
        footnoteId += 1;
        const { paragraphs, footnote } = rowParagraphs(row, footnoteId, citations, numbering);
        body.push(...paragraphs);
        footnotes[String(footnoteId)] = { children: footnote };
      }
    }
    const bibliography = citations.bibliography();
    if (bibliography.length > 0) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Bibliography")] }));
      for (const entry of bibliography) body.push(new Paragraph({ indent: { left: 720, hanging: 720 }, children: segmentRuns(entry) }));
    }
    const doc = new Document({ title: context.title, creator: "Palimpsest", styles, numbering: { config: numbering.definitions() }, footnotes, sections: [{ children: body }] });
    yield new Uint8Array(await Packer.toBuffer(doc));
  },
};
