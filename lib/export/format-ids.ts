// The export formats' ids and labels, apart from their writers so the dialog (a
// client component) and the query schema can name them without loading docx or
// pdfkit. A new format adds its id and label here and its module in ./formats.ts.
export const EXPORT_FORMAT_IDS = ["markdown", "docx", "pdf", "csv", "jsonld", "tei", "csl-json", "bibtex", "ris", "archive"] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** In the order the dialog offers them. */
export const FORMAT_LABELS: Record<ExportFormatId, string> = {
  markdown: "Markdown",
  docx: "Word (.docx)",
  pdf: "PDF",
  csv: "CSV (spreadsheet)",
  jsonld: "W3C Web Annotation (JSON-LD)",
  tei: "TEI P5 (XML, standoff annotations)",
  "csl-json": "Sources as CSL-JSON (Zotero, reference managers)",
  bibtex: "Sources as BibTeX",
  ris: "Sources as RIS",
  archive: "Archive (zip: JSON-LD, CSV, sources and texts)",
};
