import type { SourceSummary } from "@/lib/sources/types";

// The library filter: every word of the query must occur in some field, ignoring
// case and diacritics, so "sta trot" finds a Trotskyist article on Stalin.

const FIELDS = ["title", "author", "site", "kind", "perspective", "published", "url", "language"] as const;

export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

export function haystack(source: SourceSummary): string {
  return fold(FIELDS.map((f) => source[f] ?? "").join("\n"));
}

export function filterSources<T extends SourceSummary>(sources: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return [...sources];
  return sources.filter((s) => {
    const hay = haystack(s);
    return words.every((w) => hay.includes(w));
  });
}
