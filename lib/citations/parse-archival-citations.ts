// The entry point: every archival, case-file and published reference of a text, in
// order, with "Ibid." resolved. Pure: the same text always gives the same citations.
import { findArchival } from "./archival";
import { findCaseFiles } from "./case-files";
import { findIbids, resolveIbids } from "./ibid";
import { findPublished } from "./published";
import type { Citation } from "./types";

interface Span {
  start: number;
  end: number;
}

/** `candidates` that overlap none of `taken` (both lists short; the corpus holds dozens). */
function free<T extends Span>(candidates: T[], taken: Span[]): T[] {
  return candidates.filter((c) => !taken.some((t) => t.start < c.end && c.start < t.end));
}

const byStart = (a: Span, b: Span) => a.start - b.start;

// An "Ibid." that only introduces the citation right after it ("Ibid. GARF, f. 5") is
// part of that citation, not a reference to the one before.
function introduces(text: string, mark: Span, citations: Span[]): boolean {
  const next = citations.find((c) => c.start >= mark.end);
  return next !== undefined && next.start - mark.end < 8 && /^[\s.,[(]*$/.test(text.slice(mark.end, next.start));
}

export function parseArchivalCitations(text: string): Citation[] {
  const archival = findArchival(text);
  const explicit: Citation[] = [...archival, ...free(findCaseFiles(text), archival)].sort(byStart);
  const marks = free(findIbids(text), explicit).filter((mark) => !introduces(text, mark, explicit));
  const published = free(findPublished(text), [...explicit, ...marks]);
  return resolveIbids(text, [...explicit, ...published].sort(byStart), marks);
}
