import { Document, Packer, Paragraph } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { LAYER_LABELS, LAYERS } from "@/lib/annotations/dto";
import { ZipStream } from "@/lib/interchange/archive/zip-stream";
import { SourceCitations } from "../citation/source-citations";
import { ListNumbering, NOTE_QUOTE_STYLE } from "../docx/note-docx";
import { EXCERPT_STYLE, layerStyle, type RowParts, rowXml, segmentRuns } from "../docx/row-docx";
import { paragraph, PartLinks, run } from "../docx/wordml";
import { FORMAT_LABELS } from "../format-ids";
import type { ExportContext, ExportFormat } from "../registry";

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

// Written by us, paragraph by paragraph; the docx package writes the rest of the package.
const DOCUMENT = "word/document.xml";
const FOOTNOTES = "word/footnotes.xml";
const DOCUMENT_RELS = "word/_rels/document.xml.rels";
const FOOTNOTES_RELS = "word/_rels/footnotes.xml.rels";
const NUMBERING = "word/numbering.xml";
const OURS = new Set([DOCUMENT, FOOTNOTES, DOCUMENT_RELS, FOOTNOTES_RELS, NUMBERING]);

const before = (xml: string, marker: string, part: string): string => {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`docx: ${part} has no ${marker}`);
  return xml.slice(0, at);
};

/** A relationships part up to its end tag; an empty one is written self-closed. */
const relsOpen = (xml: string, part: string): string => (xml.includes("</Relationships>") ? before(xml, "</Relationships>", part) : xml.replace(/<Relationships([^>]*?)\s*\/>\s*$/, "<Relationships$1>"));

/**
 * The package around the text: styles, settings, fonts, content types, properties
 * and the parts' opening tags, from the docx package with one placeholder footnote,
 * so every part a document with footnotes and lists needs is declared.
 */
async function skeleton(context: ExportContext) {
  const doc = new Document({
    title: context.title,
    creator: "Palimpsest",
    styles,
    numbering: { config: [] },
    footnotes: { 1: { children: [new Paragraph("")] } },
    sections: [{ children: [new Paragraph("")] }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const text = (name: string) => {
    const file = files[name];
    if (file === undefined) throw new Error(`docx: the package has no ${name}`);
    return strFromU8(file);
  };
  const document = text(DOCUMENT);
  return {
    // The content types first, where the few readers that look for them early expect them.
    fixed: Object.entries(files)
      .filter(([name]) => !OURS.has(name))
      .sort(([a], [b]) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml")),
    documentOpen: `${before(document, "<w:body>", DOCUMENT)}<w:body>`,
    documentClose: `<w:sectPr${document.slice(document.lastIndexOf("<w:sectPr") + "<w:sectPr".length)}`,
    footnotesOpen: before(text(FOOTNOTES), '<w:footnote w:id="1">', FOOTNOTES),
    documentRelsOpen: relsOpen(text(DOCUMENT_RELS), DOCUMENT_RELS),
    footnotesRelsOpen: relsOpen(text(FOOTNOTES_RELS), FOOTNOTES_RELS),
    numberingOpen: text(NUMBERING).replace(/<w:numbering([^>]*)>[\s\S]*$/, "<w:numbering$1>"),
  };
}

/**
 * Word: a heading per source, each excerpt with its layer label and the source's
 * citation as a footnote, the bibliography at the end. The document and its
 * footnotes are written as WordprocessingML a batch at a time into the zip (each
 * part compressed as it comes), so memory holds one batch, not the document.
 */
export const docxFormat: ExportFormat = {
  id: "docx",
  label: FORMAT_LABELS.docx,
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
  async *write(batches, context) {
    const parts = await skeleton(context);
    const zip = new ZipStream();
    for (const [name, bytes] of parts.fixed) {
      const entry = zip.open(name);
      await entry.push(bytes);
      await entry.finish();
      yield* zip.take();
    }
    // Opened together: the document streams out first, the other three follow it.
    const document = zip.open(DOCUMENT);
    const footnotes = zip.open(FOOTNOTES);
    const documentRels = zip.open(DOCUMENT_RELS);
    const footnotesRels = zip.open(FOOTNOTES_RELS);
    const row: RowParts = { numbering: new ListNumbering(), citations: new SourceCitations(), bodyLinks: new PartLinks("rLink"), noteLinks: new PartLinks("rNote") };
    const summary = `Exported from Palimpsest on ${context.generatedAt.slice(0, 10)}: ${context.total} annotation${context.total === 1 ? "" : "s"}.`;
    await document.push(parts.documentOpen + paragraph(run(context.title), { style: "Title" }) + paragraph(run(summary, { color: "666666" })));
    await footnotes.push(parts.footnotesOpen);
    await documentRels.push(parts.documentRelsOpen);
    await footnotesRels.push(parts.footnotesRelsOpen);
    let sourceId: string | null = null;
    let footnoteId = 0;
    for await (const batch of batches) {
      const body: string[] = [];
      const notes: string[] = [];
      for (const r of batch) {
        if (r.source.id !== sourceId) {
          sourceId = r.source.id;
          body.push(paragraph(run(r.source.title), { style: "Heading1" }));
        }
        footnoteId += 1;
        const xml = rowXml(r, footnoteId, row);
        body.push(xml.body);
        notes.push(xml.footnote);
      }
      await document.push(body.join(""));
      await footnotes.push(notes.join(""));
      await documentRels.push(row.bodyLinks.take());
      await footnotesRels.push(row.noteLinks.take());
      yield* zip.take();
    }
    const bibliography = row.citations.bibliography();
    if (bibliography.length > 0) {
      await document.push(paragraph(run("Bibliography"), { style: "Heading1" }) + bibliography.map((entry) => paragraph(segmentRuns(entry), { indent: { left: 720, hanging: 720 } })).join(""));
    }
    await document.push(`${parts.documentClose}`);
    await footnotes.push("</w:footnotes>");
    await documentRels.push(`${row.bodyLinks.take()}</Relationships>`);
    await footnotesRels.push(`${row.noteLinks.take()}</Relationships>`);
    for (const part of [document, footnotes, documentRels, footnotesRels]) {
      await part.finish();
      yield* zip.take();
    }
    const numbering = zip.open(NUMBERING);
    await numbering.push(row.numbering.xml(parts.numberingOpen));
    await numbering.finish();
    yield* zip.take();
    yield* zip.end();
  },
};
