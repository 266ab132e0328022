// The one mapping from an annotation to its list entry, used by the list endpoint
// and by the reader when a live event or its own write brings a full annotation.
// The endpoint sends entries as rows without their authors and placed quotes
// (AnnotationListRowDto); summariesOf makes the same summaries of them.
import type { AnnotationDto, AnnotationListDto, AnnotationListRowDto, AnnotationSummaryDto, PersonDto } from "./dto";

/** As long as the panel shows a quote and a note; anything longer is only sent when opened. */
export const QUOTE_MAX = 160;
export const NOTE_MAX = 120;

/** What a summary is made of: the full annotation, or the list query's columns. */
export type SummaryFields = Pick<
  AnnotationDto,
  "id" | "author" | "visibility" | "layer" | "start" | "end" | "exact" | "anchorStatus" | "bodyText" | "tags" | "version" | "createdAt" | "replyCount"
>;

export function summaryOf(a: SummaryFields): AnnotationSummaryDto {
  return {
    id: a.id,
    author: a.author,
    visibility: a.visibility,
    layer: a.layer,
    start: a.start,
    end: a.end,
    exact: snippet(a.exact, QUOTE_MAX),
    anchorStatus: a.anchorStatus,
    note: snippet(a.bodyText, NOTE_MAX),
    tags: a.tags,
    version: a.version,
    createdAtMs: Date.parse(a.createdAt),
    replyCount: a.replyCount,
  };
}

/** The list query's columns, which the rest of a row is made of. */
export type ListRowFields = Omit<SummaryFields, "author" | "createdAt" | "replyCount">;

/**
 * A row of the list endpoint. `author` indexes the list's authors. The query's row is
 * passed as it is and what it does not hold comes beside it, so that thousands of
 * rows need no object each to gather their fields.
 */
export function listRowOf(a: ListRowFields, author: number, createdAtMs: number, replyCount: number): AnnotationListRowDto {
  const row: AnnotationListRowDto = [
    a.id,
    author,
    a.visibility,
    a.layer,
    a.start,
    a.end,
    a.anchorStatus,
    snippet(a.bodyText, NOTE_MAX),
    a.tags,
    a.version,
    createdAtMs,
    replyCount,
  ];
  if (a.anchorStatus === "orphaned") row.push(snippet(a.exact, QUOTE_MAX));
  return row;
}

// Only a server bug could name an author the list does not hold.
const UNKNOWN_AUTHOR: PersonDto = { id: "", name: "Unnamed reader" };

/**
 * The list endpoint's rows as the summaries summaryOf makes of the full annotations.
 * `text` is the source's current version, which the rows' positions refer to.
 * Authors are shared between summaries, not copied.
 */
export function summariesOf(list: AnnotationListDto, text: string): AnnotationSummaryDto[] {
  return list.annotations.map(([id, author, visibility, layer, start, end, anchorStatus, note, tags, version, createdAtMs, replyCount, exact]) => ({
    id,
    author: list.authors[author] ?? UNKNOWN_AUTHOR,
    visibility,
    layer,
    start,
    end,
    exact: exact ?? snippet(text.slice(start, end), QUOTE_MAX),
    anchorStatus,
    note,
    tags,
    version,
    createdAtMs,
    replyCount,
  }));
}

const UNEVEN_SPACE = /\s\s|[^\S ]|^\s|\s$/;
/** How much of a long text is flattened to find its first `max` characters. */
const HEAD = 4;

/** A text cut to `max` characters on a word boundary, for list entries and pickers. */
export function snippet(text: string, max = 140): string {
  // Most quotes and notes are short single-spaced text: no need to rebuild them.
  if (text.length <= max && !UNEVEN_SPACE.test(text)) return text;
  const flat = flatHead(text, max);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The text with its spaces collapsed and trimmed, or, for a long text, enough of its
 * start to be cut: more than `max` characters of it. A note can run to pages, and
 * the list shows one line of each of thousands.
 */
function flatHead(text: string, max: number): string {
  const flatten = (s: string) => s.replace(/\s+/g, " ");
  if (text.length > HEAD * max) {
    // The head's end may be inside a run of spaces; it collapses as the whole text's would.
    const head = flatten(text.slice(0, HEAD * max)).trimStart();
    if (head.length > max) return head;
  }
  return flatten(text).trim();
}
