import { linkWords } from "@/lib/reader/wording";
import { SourceCitations } from "../citation/source-citations";
import type { Segment } from "../citation/segments";
import { FORMAT_LABELS } from "../format-ids";
import { writeNote } from "../pdf/note-pdf";
import { PdfWriter, type Run } from "../pdf/pdf-writer";
import type { ExportFormat } from "../registry";
import type { ExportRow } from "../row";
import { archivalCitationText } from "@/lib/reader/wording";

// The reader's layer colours (components/annotations/annotations.css), darkened for print.
const LAYER_COLOURS: Record<ExportRow["layer"], string> = {
  primary_document: "#1f4f86",
  apologist_claim: "#9b2c1f",
  rebuttal: "#2d6a2d",
  archival_finding: "#7a5a00",
};

const segmentRuns = (segments: Segment[]): Run[] => segments.map((s) => ({ text: s.text, italic: s.italic, bold: s.bold }));

function writeRow(pdf: PdfWriter, row: ExportRow, noteNumber: number): void {
  pdf.doc.moveDown(0.5);
  pdf.paragraph([
    { text: row.layerLabel.toUpperCase(), bold: true, color: LAYER_COLOURS[row.layer] },
    { text: `  ${row.author.name} · ${row.createdAt.slice(0, 10)} · `, color: "#555555" },
    { text: "passage", link: row.passageUrl },
  ], { size: 9 });
  pdf.paragraph([{ text: `“${row.exact}”` }, { text: ` [${noteNumber}]`, color: "#555555" }], { indent: 18 });
  writeNote(pdf, row.body);
  if (row.tags.length > 0) pdf.paragraph([{ text: "Tags: ", bold: true }, { text: row.tags.join(", ") }], { size: 9 });
  for (const link of row.links) {
    pdf.paragraph([
      { text: `${linkWords(link.kind, link.direction)} “${link.other.exact}” (` },
      { text: link.other.sourceTitle, italic: true, link: link.other.passageUrl },
      { text: `)${link.note === null ? "" : ` — ${link.note}`}` },
    ], { indent: 18, size: 9 });
  }
  for (const c of row.citations) pdf.paragraph([{ text: "Archival source: ", bold: true }, { text: archivalCitationText(c) }], { size: 9 });
}

/**
 * PDF (pdfkit, the engine under pdfmake, used directly because it writes each page
 * out as it goes, so memory stays flat): a heading per source, the excerpts, and
 * the sources' full citations as numbered endnotes, one per source.
 */
export const pdfFormat: ExportFormat = {
  id: "pdf",
  label: FORMAT_LABELS.pdf,
  contentType: "application/pdf",
  extension: "pdf",
  async *write(batches, context) {
    const pdf = new PdfWriter(context.title);
    const citations = new SourceCitations();
    const notes = new Map<string, { n: number; source: ExportRow["source"] }>();
    pdf.heading(context.title, 18);
    pdf.paragraph([{ text: `Exported from Palimpsest on ${context.generatedAt.slice(0, 10)}: ${context.total} annotation${context.total === 1 ? "" : "s"}.`, color: "#555555" }]);
    let sourceId: string | null = null;
    for await (const batch of batches) {
      for (const row of batch) {
        if (row.source.id !== sourceId) {
          sourceId = row.source.id;
          pdf.heading(row.source.title, 13);
        }
        const note = notes.get(row.source.id) ?? { n: notes.size + 1, source: row.source };
        notes.set(row.source.id, note);
        writeRow(pdf, row, note.n);
      }
      pdf.forgetWords();
      yield* pdf.drain();
      pdf.releaseWrittenPages();
    }
    if (notes.size > 0) {
      pdf.heading("Notes", 13);
      for (const { n, source } of notes.values()) pdf.paragraph([{ text: `${n}. ` }, ...segmentRuns(citations.note(source)), { text: " " }, { text: source.readerUrl, link: source.readerUrl }], { size: 9.5 });
    }
    yield* await pdf.end();
  },
};
