// Type aliases rather than interfaces: they stay assignable to Prisma's JSON input
// type, so documents are stored as they are.
// The internal model of an imported text. Every range is [start, end) in UTF-16
// code units of `text`, the version's canonical text, so that the reader, the
// anchoring code and the browser's Range API all count the same way.

export type BlockKind =
  | "heading"
  | "paragraph"
  | "quote"
  | "list-item"
  | "footnote"
  | "preformatted"
  | "comment";

export type Block = {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level, 1-6 (headings only). */
  level?: number;
  /** Nesting depth of a reader comment, 0 for a top-level comment (comments only). */
  depth?: number;
  /** First paragraph of a reader comment; the comment's later paragraphs lack it (comments only). */
  startsComment?: boolean;
  /** Footnote/reference label as printed, e.g. "1" (footnotes only). */
  label?: string;
  /** Ordered list number as printed (list items only). */
  ordinal?: string;
};

export type MarkKind = "em" | "strong" | "link" | "footnote-ref";

export type Mark = {
  kind: MarkKind;
  start: number;
  end: number;
  /** Link target (links only): an absolute http(s) or mailto URL, never javascript:. */
  href?: string;
  /** Footnote label the marker points to (footnote-ref only). */
  label?: string;
};

/** A part of a capture that holds one article of several (file 001). */
export type Section = {
  title: string;
  start: number;
  end: number;
};

export type RemovedSpan = {
  /** 1-based line numbers in the original file, inclusive. */
  fromLine: number;
  toLine: number;
  reason: string;
  /** The removed text, shortened for the report. */
  excerpt: string;
  /** Only `excerpt` was cut out of the line (leftover markup, backlinks); the rest was kept. */
  partOfLine?: boolean;
};

export type ImportReport = {
  blocksByKind: Record<BlockKind, number>;
  charactersIn: number;
  charactersKept: number;
  removed: RemovedSpan[];
  sections: number;
};

export interface SourceDocument {
  text: string;
  blocks: Block[];
  marks: Mark[];
  sections: Section[];
  report: ImportReport;
}

export type ImportFormat = "txt" | "md" | "html";

export type ImportErrorCode =
  | "missing-file"
  | "empty"
  | "too-large"
  | "binary"
  | "invalid-utf8"
  | "unknown-extension";

export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

export type ParseResult = { ok: true; document: SourceDocument } | { ok: false; error: ImportError };
