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
  | "comment"
  | "table-cell";

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
  /** The comment's first paragraph is its author line ("Anna said...", "Anna 25 August 2019 at 13:45") (comments only). */
  authorLine?: boolean;
  /** Footnote/reference label as printed, e.g. "1"; a reader comment's number as the capture printed it (first paragraphs only). */
  label?: string;
  /** Where a table cell sits: its row and column, 0-based within its table; row 0 column 0 starts a table (table cells only). */
  row?: number;
  col?: number;
  /** A header cell (<th>) (table cells only). */
  header?: boolean;
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

/** Details of a source the importer read from the file itself (title, byline), with where it found them. */
export type FoundField = { value: string; from: string };
export type FoundMetadata = {
  title?: FoundField;
  author?: FoundField;
  /** A date like 2017-02-23, 2017-02 or 2017. */
  published?: FoundField;
};

export type ImportReport = {
  /** Every kind counted; "table-cell" only when the text has a table (reports stay as they were for texts without). */
  blocksByKind: Record<Exclude<BlockKind, "table-cell">, number> & { "table-cell"?: number };
  /** What the file says about itself (absent when nothing, and in reports of older imports). */
  found?: FoundMetadata;
  /** The fields of `found` that filled the source's details, because none was given. */
  filled?: (keyof FoundMetadata)[];
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
