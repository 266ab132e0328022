// The registry of export formats (see ./registry.ts for how to add one).
import type { ExportFormatId } from "./format-ids";
import { csvFormat } from "./formats/csv";
import { markdownFormat } from "./formats/markdown";
import type { ExportFormat } from "./registry";

export const FORMATS: Record<ExportFormatId, ExportFormat> = {
  markdown: markdownFormat,
  csv: csvFormat,
};
