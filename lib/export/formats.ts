// The registry of export formats (see ./registry.ts for how to add one).
import type { ExportFormatId } from "./format-ids";
import { csvFormat } from "./formats/csv";
import { docxFormat } from "./formats/docx";
import { jsonldFormat } from "./formats/jsonld";
import { teiFormat } from "./formats/tei";
import { archiveFormat } from "./formats/archive";
import { bibtexFormat, cslJsonFormat, risFormat } from "./formats/references";
import { markdownFormat } from "./formats/markdown";
import { pdfFormat } from "./formats/pdf";
import type { ExportFormat } from "./registry";

export const FORMATS: Record<ExportFormatId, ExportFormat> = {
  markdown: markdownFormat,
  docx: docxFormat,
  pdf: pdfFormat,
  csv: csvFormat,
  jsonld: jsonldFormat,
  tei: teiFormat,
  "csl-json": cslJsonFormat,
  bibtex: bibtexFormat,
  ris: risFormat,
  archive: archiveFormat,
};
