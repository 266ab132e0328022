import type { ForeignAnnotation, Parsed } from "../foreign";
import { annotationsFromHypothesis, isHypothesisExport } from "../hypothesis/from-hypothesis";
import { annotationsFromW3c } from "../w3c/from-w3c";

export const MAX_IMPORTED_ANNOTATIONS = 2000;

export interface ImportDocument {
  format: "w3c" | "hypothesis";
  annotations: ForeignAnnotation[];
  /** Read but not imported: links between annotations and replies, which need their other end. */
  skipped: { links: number; replies: number };
}

/** An uploaded file's text as annotations: W3C JSON-LD or a Hypothesis export, told apart by shape. */
export function readImportDocument(text: string): Parsed<ImportDocument> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const read = isHypothesisExport(json) ? hypothesis(json) : w3c(json);
  if (read.ok && read.value.annotations.length > MAX_IMPORTED_ANNOTATIONS) {
    return { ok: false, errors: [`The file holds ${read.value.annotations.length} annotations; import at most ${MAX_IMPORTED_ANNOTATIONS} at a time.`] };
  }
  return read;
}

function hypothesis(json: unknown): Parsed<ImportDocument> {
  const read = annotationsFromHypothesis(json);
  if (!read.ok) return read;
  return { ok: true, value: { format: "hypothesis", annotations: read.value.annotations, skipped: { links: 0, replies: read.value.replies } } };
}

function w3c(json: unknown): Parsed<ImportDocument> {
  const read = annotationsFromW3c(json);
  if (!read.ok) return read;
  return { ok: true, value: { format: "w3c", annotations: read.value.annotations, skipped: { links: read.value.links, replies: 0 } } };
}
