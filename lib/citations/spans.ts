// Overlap tests on sorted spans, by binary search: a finding aid can hold thousands of
// citations, and comparing each candidate with each kept span would be quadratic.

export interface Span {
  start: number;
  end: number;
}

export const bySpanStart = (a: Span, b: Span) => a.start - b.start;

/** The index of the first span starting at or after `at` (spans.length when none). */
export function firstAtOrAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `span` overlaps one of `sorted`, whose spans are sorted by start and do not overlap each other. */
export function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  // Only the last span starting before span.end can reach into it: the ends are sorted too.
  const before = sorted[firstAtOrAfter(sorted, span.end) - 1];
  return before !== undefined && before.end > span.start;
}
