// Where search results and search pages point: the reader at a range, and /search with
// the current filters changed. Pure, so the page, the library and the tests share them.
import type { SearchResultDto } from "./dto";

/** The reader at the passage; a note's result also opens the note. */
export function resultHref(result: Pick<SearchResultDto, "sourceSlug" | "start" | "end" | "annotationId">): string {
  const params = new URLSearchParams({ range: `${result.start}-${result.end}` });
  if (result.annotationId !== undefined) params.set("annotation", result.annotationId);
  return `/sources/${encodeURIComponent(result.sourceSlug)}?${params.toString()}`;
}

/** /search with `params`, some replaced (undefined: removed); the cursor goes unless it is set anew. */
export function searchHref(params: Record<string, string | undefined>, changes: Record<string, string | undefined>): string {
  const merged: Record<string, string | undefined> = { ...params, cursor: undefined, ...changes };
  const query = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""));
  return `/search?${query.toString()}`;
}

/** The compare view of two sources (by slug or id). */
export function compareHref(left: string, right: string): string {
  return `/compare?${new URLSearchParams({ left, right }).toString()}`;
}
