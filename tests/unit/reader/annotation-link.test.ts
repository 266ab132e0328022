import { describe, expect, it } from "vitest";
import { LINK_KINDS } from "@/lib/annotations/dto";
import { annotationPath, LINK_DIRECTION_WORDS, LINK_KIND_OPTIONS, linkErrorMessage, parseAnnotationLink } from "@/lib/reader/annotation-link";

const ORIGIN = "http://127.0.0.1:3100";

describe("annotationPath", () => {
  it("opens the source on the annotation", () => {
    expect(annotationPath("src_1", "ann-2")).toBe("/sources/src_1?annotation=ann-2");
  });
  it("encodes what a URL cannot carry as it is", () => {
    expect(annotationPath("a b", "x&y")).toBe("/sources/a%20b?annotation=x%26y");
  });
});

describe("parseAnnotationLink", () => {
  it("reads back what Copy link produces, absolute or relative", () => {
    const ref = { sourceId: "src_1", annotationId: "ann-2" };
    expect(parseAnnotationLink(`${ORIGIN}${annotationPath("src_1", "ann-2")}`, ORIGIN)).toEqual({ ok: true, ref });
    expect(parseAnnotationLink("/sources/src_1?annotation=ann-2", ORIGIN)).toEqual({ ok: true, ref });
    expect(parseAnnotationLink("  /sources/src_1/?annotation=ann-2#x  ", ORIGIN)).toEqual({ ok: true, ref });
  });
  it("ignores other query parameters", () => {
    expect(parseAnnotationLink("/sources/s?range=1-2&annotation=a", ORIGIN)).toEqual({ ok: true, ref: { sourceId: "s", annotationId: "a" } });
  });
  it("decodes the source id", () => {
    expect(parseAnnotationLink("/sources/a%20b?annotation=x", ORIGIN)).toEqual({ ok: true, ref: { sourceId: "a b", annotationId: "x" } });
  });
  it.each([
    ["", /Paste the link/],
    ["https://elsewhere.example/sources/s?annotation=a", /another site/],
    ["/sources/s", /does not point to an annotation/],
    ["/groups/g?annotation=a", /does not point to an annotation/],
    ["/sources/s/extra?annotation=a", /does not point to an annotation/],
    ["/sources/s?annotation=<script>", /does not point to an annotation/],
    ["/sources/%E0%A4%A?annotation=a", /does not point to an annotation/],
    ["http://[bad", /not a link/],
  ])("refuses %j with a message", (input, message) => {
    const parsed = parseAnnotationLink(input, ORIGIN);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("link kinds and errors", () => {
  it("words every kind for people, in the API's order", () => {
    expect(LINK_KIND_OPTIONS.map((o) => o.value)).toEqual([...LINK_KINDS]);
    expect(LINK_KIND_OPTIONS.find((o) => o.value === "contextualizes")?.label).toBe("gives context to");
    expect(LINK_KIND_OPTIONS.find((o) => o.value === "rebuts")?.label).toBe("rebuts");
    expect(LINK_KIND_OPTIONS.find((o) => o.value === "quotes")?.label).toBe("quotes");
  });
  it("words a quotes link from both ends", () => {
    expect(LINK_DIRECTION_WORDS.quotes).toEqual(["Quotes", "Quoted by"]);
    for (const kind of LINK_KINDS) expect(LINK_DIRECTION_WORDS[kind]).toHaveLength(2);
  });
  it("explains 403, 404 and 409 clearly, and keeps the server's words otherwise", () => {
    expect(linkErrorMessage(403, "forbidden")).toMatch(/not allowed to link/);
    expect(linkErrorMessage(404, "not_found")).toMatch(/not found, or you cannot read it/);
    expect(linkErrorMessage(409, 'These annotations are already linked as "rebuts".')).toBe('These annotations are already linked as "rebuts".');
    expect(linkErrorMessage(409, "conflict")).toMatch(/already linked/);
    expect(linkErrorMessage(401, "x")).toMatch(/sign in again/);
    expect(linkErrorMessage(400, "toId: an annotation cannot link to itself.")).toBe("toId: an annotation cannot link to itself.");
    expect(linkErrorMessage(0, "The server could not be reached.")).toBe("The server could not be reached.");
  });
});
