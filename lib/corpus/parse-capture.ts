import { assembleDocument } from "./assemble-document";
import { readHtml } from "./html-reader";
import { readText } from "./text-reader";
import type { ImportFormat, SourceDocument } from "./types";

/** Turns a decoded capture into a source version: canonical text, blocks, marks, report. */
export function parseCapture(text: string, format: ImportFormat): SourceDocument {
  const normalised = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const read = format === "html" ? readHtml(normalised) : readText(normalised);
  return assembleDocument(read, normalised.length);
}
