import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/annotations/parse-input";
import { FORMATS } from "./formats";
import { readExportRows } from "./read-rows";
import type { ExportContext } from "./registry";
import { resolveScope } from "./resolve-scope";
import { ExportQuery } from "./schemas";
import { countScope } from "./count-scope";
import { exportFileName } from "./file-name";
import type { ExportViewer } from "./viewer";

export interface ExportAnnotationsOptions {
  db: Db;
  viewer: ExportViewer;
  /** Untrusted: the query string or the CLI's flags, parsed with ExportQuery. */
  input: unknown;
  /** The app's origin, for the passage links in the file. */
  baseUrl: string;
  /** Rows per batch (the bench and the tests vary it). */
  batchSize?: number;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** Annotations in the file, for the dialog's progress. */
  total: number;
  /** The file, streamed: nothing is read from the database until it is consumed. */
  body: AsyncIterable<Uint8Array>;
}

/**
 * The one way anything is exported: the API, the CLI and the bench call this. The
 * scope is checked and counted before any byte is sent, so a refusal is an error
 * response, not a broken download.
 */
export async function exportAnnotations({ db, viewer, input, baseUrl, batchSize }: ExportAnnotationsOptions): Promise<ExportFile> {
  const query = parseInput(ExportQuery, input);
  const scope = await resolveScope(db, viewer, query);
  const total = await countScope(db, scope);
  const format = FORMATS[query.format];
  const generatedAt = new Date().toISOString();
  const texts = new Map<string, Promise<string>>();
  const context: ExportContext = {
    title: scope.title,
    baseUrl,
    generatedAt,
    total,
    versionText: (versionId) => {
      let text = texts.get(versionId);
      if (text === undefined) {
        text = db.sourceVersion.findUniqueOrThrow({ where: { id: versionId }, select: { text: true } }).then((v) => v.text);
        texts.set(versionId, text);
      }
      return text;
    },
  };
  const batches = readExportRows({ db, viewer, scope, baseUrl, ...(batchSize === undefined ? {} : { batchSize }) });
  return {
    fileName: exportFileName(scope.title, generatedAt, format.extension),
    contentType: format.contentType,
    total,
    body: asBytes(format.write(batches, context)),
  };
}

async function* asBytes(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield typeof chunk === "string" ? encoder.encode(chunk) : chunk;
}
