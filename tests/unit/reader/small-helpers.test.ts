import { describe, expect, it } from "vitest";
import { parseRangeParam } from "@/lib/reader/parse-range";
import { countWords, formatLength, formatPublished, isWebUrl } from "@/lib/reader/format";
import { filterSources } from "@/lib/reader/filter-sources";
import type { SourceSummary } from "@/lib/sources/types";

describe("parseRangeParam", () => {
  it("accepts start-end within the text", () => {
    expect(parseRangeParam("0-10", 10)).toEqual({ kind: "ok", start: 0, end: 10 });
    expect(parseRangeParam(["5-6", "7-8"], 10)).toEqual({ kind: "ok", start: 5, end: 6 });
  });
  it("treats a missing value as no range", () => {
    expect(parseRangeParam(undefined, 10)).toEqual({ kind: "none" });
    expect(parseRangeParam("", 10)).toEqual({ kind: "none" });
  });
  it.each(["abc", "5", "-1-4", "4-2", "3-3", "0-11", "1e3-2e3"])("reports %s as invalid", (v) => {
    expect(parseRangeParam(v, 10).kind).toBe("invalid");
  });
});

describe("format", () => {
  it("formats lengths and dates", () => {
    expect(formatLength(280279)).toBe("280,279 characters");
    expect(formatLength(280279, 46012)).toBe("46,012 words · 280,279 characters");
    expect(formatPublished("2019-08-25")).toBe("25 August 2019");
    expect(formatPublished("1997-09")).toBe("September 1997");
    expect(formatPublished("1937")).toBe("1937");
    expect(formatPublished("spring 1937")).toBe("spring 1937");
  });
  it("counts words", () => {
    expect(countWords("Bukharin’s letter of 10.12.1937 — to Stalin.")).toBe(6);
  });
  it("links only http(s) URLs", () => {
    expect(isWebUrl("https://net.xekinima.org/x/")).toBe(true);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
    expect(isWebUrl("not a url")).toBe(false);
  });
});

describe("filterSources", () => {
  const base: SourceSummary = {
    id: "1", slug: "a", title: "", author: null, site: null, url: null, published: null,
    language: "en", kind: null, perspective: null, length: 1, versionNumber: 1,
  };
  const sources = [
    { ...base, id: "1", title: "Moscow Trials: the Stalinist Middle Ages", perspective: "A Trotskyist account" },
    { ...base, id: "2", title: "The Great Purge", author: "John Simkin", site: "Spartacus Educational" },
  ];
  it("matches every word across fields, ignoring case and accents", () => {
    expect(filterSources(sources, "stalinist TROTSKYIST").map((s) => s.id)).toEqual(["1"]);
    expect(filterSources(sources, "simkin spartacus").map((s) => s.id)).toEqual(["2"]);
    expect(filterSources(sources, "Pürge").map((s) => s.id)).toEqual(["2"]);
    expect(filterSources(sources, "  ").length).toBe(2);
    expect(filterSources(sources, "kronstadt")).toEqual([]);
  });
});

describe("walkthrough fixes: one date style, honest labels, block fragments", () => {
  it("writes dates one way, as a source's published date is written", async () => {
    const { formatDay, formatDateTime, formatPublished } = await import("@/lib/reader/format");
    expect(formatDay("2026-12-08T10:00:00Z", "UTC")).toBe("8 December 2026");
    expect(formatDay("2026-12-08T10:00:00Z", "UTC")).toBe(formatPublished("2026-12-08"));
    expect(formatDateTime("2026-12-08T10:04:00")).toBe("8 December 2026, 10:04");
  });

  it("labels a private note without its group, a group note with it", async () => {
    const { visibilityLabel } = await import("@/lib/reader/format");
    expect(visibilityLabel("private", "Moscow Trials Seminar")).toBe("Private");
    expect(visibilityLabel("group", "Moscow Trials Seminar")).toBe("Group (Moscow Trials Seminar)");
    expect(visibilityLabel("public", null)).toBe("Public");
  });

  it("says when #b-<n> names no block", async () => {
    const { blockHashProblem } = await import("@/lib/reader/parse-range");
    expect(blockHashProblem("#b-99999", 120)).toBe("This text has no block “99999”: its blocks are numbered 0 to 119. Showing the text from the start.");
    expect(blockHashProblem("#b-abc", 120)).toMatch(/no block “abc”/);
    expect(blockHashProblem("#b-119", 120)).toBeNull();
    expect(blockHashProblem("#an-find", 120)).toBeNull();
  });
});
