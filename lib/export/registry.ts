// Export formats are adapters (docs/design-notes.md "Formats are adapters"): each is one module
// under lib/export/formats/ exporting an ExportFormat, listed once in ./formats.ts.
//
// To add a format: write `formats/<id>.ts` exporting `const <id>Format: ExportFormat`,
// add its id and label to ./format-ids.ts and the module to FORMATS in ./formats.ts.
// Nothing else changes: the API (GET /api/export?format=<id>), the CLI (npm run export --
// --format <id>) and the dialog offer it from there, and the zod query schema accepts it.
//
// `write` receives the rows already filtered by the viewer's rights, in batches of
// EXPORT_BATCH_SIZE, in order (source slug, then document order, orphans last), and
// yields the file chunk by chunk. Keep it streaming: hold a batch at a time, not the
// whole export (the bench, scripts/bench/export.ts, measures peak memory).
import type { ExportRow } from "./row";

export interface ExportContext {
  /** The export's heading: the source's or group's name, or what was picked. */
  title: string;
  /** The app's origin, as the passage URLs in rows use it. */
  baseUrl: string;
  /** When the export was made, ISO 8601. */
  generatedAt: string;
  /** How many annotations the rows will hold, counted before the first batch. */
  total: number;
  /**
   * The canonical text of a source version (for formats that carry the text, such
   * as TEI or an archive). Only versions of rows already handed to `write`.
   */
  versionText(versionId: string): Promise<string>;
}

export interface ExportFormat {
  /** Query value and CLI flag: "markdown", "csv". */
  id: string;
  /** For people, in the dialog: FORMAT_LABELS[id] (./format-ids.ts). */
  label: string;
  /** Sent as Content-Type, with a charset where the format is text. */
  contentType: string;
  /** The downloaded file's extension, without the dot. */
  extension: string;
  write(batches: AsyncIterable<ExportRow[]>, context: ExportContext): AsyncIterable<Uint8Array | string>;
}
