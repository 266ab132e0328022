// The one mapping from an annotation to its list entry, used by the list endpoint
// and by the reader when a live event or its own write brings a full annotation.
import type { AnnotationDto, AnnotationSummaryDto } from "./dto";

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
    createdAt: a.createdAt,
    replyCount: a.replyCount,
  };
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
