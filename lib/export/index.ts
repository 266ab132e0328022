export { type ExportAnnotationsOptions, type ExportFile, exportAnnotations } from "./export-annotations";
export { EXPORT_FORMAT_IDS, type ExportFormatId, FORMAT_LABELS } from "./format-ids";
export { EXPORT_BATCH_SIZE, eachRow } from "./read-rows";
export type { ExportContext, ExportFormat } from "./registry";
export type { ExportCitation, ExportLink, ExportRow, ExportSource } from "./row";
export { ExportQuery, MAX_PICKED_IDS, queryRecord } from "./schemas";
export { callerViewer, type ExportViewer, OPERATOR } from "./viewer";
