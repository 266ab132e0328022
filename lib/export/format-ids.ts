// The export formats' ids and labels, apart from their writers so the dialog (a
// client component) and the query schema can name them without loading docx or
// pdfkit. A new format adds its id and label here and its module in ./formats.ts.
export const EXPORT_FORMAT_IDS = ["markdown", "csv"] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** In the order the dialog offers them. */
export const FORMAT_LABELS: Record<ExportFormatId, string> = {
  markdown: "Markdown",
  csv: "CSV (spreadsheet)",
};
