// What search answers on the wire (GET /api/search and the /search page).
import type { Layer } from "@/lib/annotations/dto";

/** A piece of text with the matched words as ranges of `text`, rendered as <mark> by React. */
export interface SnippetDto {
  text: string;
  highlights: { start: number; end: number }[];
}

export interface SearchResultDto {
  kind: "source" | "annotation";
  sourceSlug: string;
  sourceTitle: string;
  /** The passage, in the canonical text of the version the reader opens. */
  start: number;
  end: number;
  snippet: SnippetDto;
  score: number;
  annotationId?: string;
  /** The words were found in this reply to the annotation. */
  replyId?: string;
  layer?: Layer;
  /** Who wrote the note or the reply found. */
  authorId?: string;
  authorName?: string | null;
}

export interface SearchResponseDto {
  results: SearchResultDto[];
  total: number;
  /**
   * False when a kind of hit (texts, notes, replies) matched more than search ranks
   * (lib/search/search-sql.ts RANKED_PER_KIND): there are more than `total`.
   */
  totalExact: boolean;
  nextCursor: string | null;
}

export interface SimilarPassageDto {
  sourceSlug: string;
  sourceTitle: string;
  start: number;
  end: number;
  snippet: string;
  score: number;
}
