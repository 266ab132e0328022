// The registry of export formats (see ./registry.ts for how to add one).
import type { ExportFormatId } from "./format-ids";
import { csvFormat } from "./formats/csv";
import { docxFormat } from "./formats/docx";
import { markdownFormat } from "./formats/markdown";
import { pdfFormat } from "./formats/pdf";
import type { ExportFormat } from "./registry";

export const FORMATS: Record<ExportFormatId, ExportFormat> = {
  markdown: markdownFormat,
  docx: docxFormat,
  pdf: pdfFormat,
  csv: csvFormat,
};
