import { describe, expect, it } from "vitest";
import { FindElsewhereQuery, SEARCH_LIMIT_MAX, SearchQuery } from "@/lib/search/schemas";

describe("search's query string", () => {
  it("reads a search form's fields, empty ones as no filter", () => {
    expect(SearchQuery.parse({ q: "  Rakovsky  ", source: "", layer: "rebuttal", limit: "10", from: "1937-01-01" })).toEqual({
      q: "Rakovsky",
      layer: "rebuttal",
      limit: 10,
      from: "1937-01-01",
    });
  });

  it("refuses an empty search, an unknown layer, a bad date and a page too large", () => {
    for (const bad of [{ q: " " }, { q: "x", layer: "gossip" }, { q: "x", from: "1937" }, { q: "x", limit: String(SEARCH_LIMIT_MAX + 1) }, { q: "x".repeat(201) }]) {
      expect(SearchQuery.safeParse(bad).success).toBe(false);
    }
  });

  it("takes a selection as two offsets, not empty and not a chapter", () => {
    expect(FindElsewhereQuery.parse({ start: "10", end: "40" })).toEqual({ start: 10, end: 40 });
    expect(FindElsewhereQuery.safeParse({ start: "40", end: "40" }).success).toBe(false);
    expect(FindElsewhereQuery.safeParse({ start: "0", end: "5000" }).success).toBe(false);
  });
});
