import { describe, expect, it } from "vitest";
import { collectionOf, pageOf } from "@/lib/interchange/w3c/collection";
import { annotationToW3c, linkToW3c } from "@/lib/interchange/w3c/to-w3c";
import { w3cAssertionCount, w3cFailures } from "../support/w3c-schemas";
import { BASE, CLAIM, CORPUS_TEXT, FINDING, LINK } from "./fixtures";

describe("W3C Web Annotation JSON-LD", () => {
  it("passes every MUST assertion of the W3C tests for annotations, links, pages and collections", () => {
    expect(w3cAssertionCount("annotation")).toBeGreaterThan(40);
    const items = [annotationToW3c(BASE, CLAIM), annotationToW3c(BASE, FINDING), linkToW3c(BASE, LINK)];
    for (const item of items) expect(w3cFailures("annotation", item)).toEqual([]);
    const collection = "https://palimpsest.example.org/api/w3c/sources/trial-of-the-16/";
    const page = pageOf({ id: `${collection}?page=0`, partOf: { id: collection, label: "x", total: 3 }, startIndex: 0, items, next: `${collection}?page=1` });
    expect(w3cFailures("page", page)).toEqual([]);
    expect(w3cFailures("collection", collectionOf({ id: collection, label: "x", total: 3, first: page.id, last: `${collection}?page=1` }))).toEqual([]);
    expect(w3cFailures("collection", collectionOf({ id: collection, label: "x", total: 3, first: page, container: true }))).toEqual([]);
  });

  it("the schemas catch what the model forbids", () => {
    const good = annotationToW3c(BASE, CLAIM);
    expect(w3cFailures("annotation", { ...good, "@context": "http://example.org/other.jsonld" })).not.toEqual([]);
    expect(w3cFailures("annotation", { ...good, created: "yesterday" })).not.toEqual([]);
    expect(w3cFailures("annotation", { ...good, bodyValue: "both" })).not.toEqual([]);
    const { target: _target, ...untargeted } = good;
    expect(w3cFailures("annotation", untargeted)).not.toEqual([]);
  });

  it("targets the source version with a quote and a position selector that agree with the text", () => {
    const w3c = annotationToW3c(BASE, CLAIM);
    if (Array.isArray(w3c.target)) throw new Error("a text annotation has one target");
    expect(w3c.target.source).toBe("https://palimpsest.example.org/sources/trial-of-the-16?version=ver2");
    const [quote, position] = w3c.target.selector;
    expect(CORPUS_TEXT.slice(position.start, position.end)).toBe(quote.exact);
    expect(CORPUS_TEXT.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
    expect(w3c.id).toBe("https://palimpsest.example.org/api/w3c/sources/trial-of-the-16/ann-claim");
  });

  it("carries the layer as a classifying body beside the commenting note, the tags, creator and dates", () => {
    const w3c = annotationToW3c(BASE, CLAIM);
    expect(w3c.motivation).toBe("commenting");
    expect(w3c.body).toEqual([
      { type: "TextualBody", purpose: "commenting", format: "text/plain", value: CLAIM.bodyText, doc: CLAIM.body },
      { type: "TextualBody", purpose: "classifying", value: "apologist_claim" },
      { type: "TextualBody", purpose: "tagging", value: "Kirov" },
      { type: "TextualBody", purpose: "tagging", value: "1934" },
    ]);
    expect(w3c.creator).toEqual({ type: "Person", name: "Анна Ахматова" });
    expect([w3c.created, w3c.modified]).toEqual([CLAIM.created, CLAIM.modified]);
    // A highlight without a note only classifies.
    const bare = annotationToW3c(BASE, FINDING);
    expect([bare.motivation, bare.body]).toEqual(["classifying", [{ type: "TextualBody", purpose: "classifying", value: "archival_finding" }]]);
  });

  it("writes a link as a linking annotation whose two targets are its ends, from first", () => {
    const w3c = linkToW3c(BASE, LINK);
    expect(w3c.motivation).toBe("linking");
    expect(w3c.target).toEqual([
      "https://palimpsest.example.org/api/w3c/sources/trial-of-the-16/ann-finding",
      "https://palimpsest.example.org/api/w3c/sources/trial-of-the-16/ann-claim",
    ]);
    expect(w3c.body[0]).toEqual({ type: "SpecificResource", purpose: "classifying", source: "http://purl.org/spar/cito/refutes" });
  });
});
