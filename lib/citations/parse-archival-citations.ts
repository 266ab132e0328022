// The entry point: every archival, case-file and published reference of a text, in
// order, with "Ibid." resolved. Pure: the same text always gives the same citations.
import { findArchival } from "./archival";
import { findCaseFiles } from "./case-files";
import { findIbids, resolveIbids, type IbidMark } from "./ibid";
import { findPublished } from "./published";
import { bySpanStart, firstAtOrAfter, overlapsAny, type Span } from "./spans";
import type { Citation } from "./types";

/** `candidates` that overlap none of `taken`, a list sorted by start whose spans do not overlap. */
function free<T extends Span>(candidates: T[], taken: Span[]): T[] {
  return candidates.filter((c) => !overlapsAny(taken, c));
}

// An "Ibid." that writes no fields and only introduces the archive right after it
// ("Ibid. GARF, f. 5") is part of that citation, not a reference to the one before.
function introduces(text: string, mark: IbidMark, citations: Citation[]): boolean {
  if (Object.keys(mark.fields).length > 0) return false;
  const next = citations[firstAtOrAfter(citations, mark.end)];
  return next?.kind === "archival" && next.archive !== undefined && next.start - mark.end < 8 && /^[\s.,[]*$/.test(text.slice(mark.end, next.start));
}

export function parseArchivalCitations(text: string): Citation[] {
  const archival = findArchival(text);
  const explicit: Citation[] = [...archival, ...free(findCaseFiles(text), archival)].sort(bySpanStart);
  const marks = free(findIbids(text), explicit).filter((mark) => !introduces(text, mark, explicit));
  const published = free(findPublished(text), [...explicit, ...marks].sort(bySpanStart));
  return resolveIbids(text, [...explicit, ...published].sort(bySpanStart), marks);
}
