import { describe, expect, it } from "vitest";
import { compareHref, resultHref, searchHref } from "@/lib/search/links";

describe("search's links", () => {
  it("opens the reader at the passage, and at the note for a note", () => {
    expect(resultHref({ sourceSlug: "the-great-purge", start: 120, end: 180 })).toBe("/sources/the-great-purge?range=120-180");
    expect(resultHref({ sourceSlug: "a b", start: 0, end: 5, annotationId: "cl1" })).toBe("/sources/a%20b?range=0-5&annotation=cl1");
  });

  it("changes one filter, drops the cursor and empty values", () => {
    const params = { q: "Rakovsky", layer: "rebuttal", cursor: "abc", tag: "" };
    expect(searchHref(params, { layer: undefined })).toBe("/search?q=Rakovsky");
    expect(searchHref(params, { cursor: "next" })).toBe("/search?q=Rakovsky&layer=rebuttal&cursor=next");
  });

  it("names both sides of a comparison", () => {
    expect(compareHref("cl9", "moscow-trials")).toBe("/compare?left=cl9&right=moscow-trials");
  });
});
