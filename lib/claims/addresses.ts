// The board's addresses: a claim in the reader, and the compare view of its source
// beside its strongest answer's. Slugs, so a shared address reads as what it shows.
import { annotationPath } from "@/lib/reader/annotation-link";
import type { ClaimsQueryValue } from "./schemas";
import type { ClaimRow } from "./types";

export function claimReaderPath(row: ClaimRow): string {
  return annotationPath(row.claim.source.slug, row.claim.id);
}

/**
 * `/compare?left=<claim's source>&right=<answer's source>&at=link:<their link>`: the view
 * opens on the claim and its answer joined. Null when no answer is in another source.
 */
export function claimComparePath(row: ClaimRow): string | null {
  if (row.answer === null) return null;
  const query = new URLSearchParams({ left: row.claim.source.slug, right: row.answer.sourceSlug, at: `link:${row.answer.linkId}` });
  return `/compare?${query.toString()}`;
}

/** The board's address for a query: defaults left out, so `/claims` stays `/claims`; filters and sort kept across pages. */
export function claimsBoardPath(query: ClaimsQueryValue, page: number = query.page): string {
  const params = new URLSearchParams();
  for (const key of ["source", "status", "author", "tag"] as const) {
    const value = query[key];
    if (value !== undefined) params.set(key, value);
  }
  if (query.sort !== "newest") params.set("sort", query.sort);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search === "" ? "/claims" : `/claims?${search}`;
}
