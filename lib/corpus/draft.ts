import type { BlockKind, FoundMetadata, Mark, RemovedSpan } from "./types";

// The readers (plain text and HTML) both produce drafts; assemble-document.ts turns
// them into the canonical text. Marks in a draft are relative to the draft's text.

export interface DraftBlock {
  kind: BlockKind;
  text: string;
  marks: Mark[];
  /** 1-based original lines the block came from, inclusive. */
  fromLine: number;
  toLine: number;
  level?: number;
  depth?: number;
  startsComment?: boolean;
  authorLine?: boolean;
  label?: string;
  /** Table cells: row and column in their table, and whether a header cell. */
  row?: number;
  col?: number;
  header?: boolean;
  ordinal?: string;
  /** The list or note marker the line started with, already cut from `text`. */
  marker?: LineMarker;
  /** Several short lines kept with their breaks (verse, tables). */
  verse?: boolean;
  /** A WordPress entry title (see sections.ts). */
  articleTitle?: boolean;
  /** The block stood alone between blank lines (headings need that, see headings.ts). */
  alone?: boolean;
  /** Classification is final (threads, markdown syntax, HTML elements). */
  fixed?: boolean;
}

export type LineMarker =
  | { type: "number"; value: string }
  | { type: "paren-number"; value: string }
  | { type: "bullet" }
  | { type: "superscript"; value: string }
  | { type: "note-def"; value: string }
  | { type: "md-heading"; level: number }
  | { type: "md-quote" };

export interface ReadResult {
  blocks: DraftBlock[];
  removed: RemovedSpan[];
  /** Title, author and date the file states (HTML head and byline, a Markdown title). */
  found?: FoundMetadata;
}

const EXCERPT_MAX = 200;

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_MAX ? flat : `${flat.slice(0, EXCERPT_MAX - 1)}…`;
}
