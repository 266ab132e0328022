import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCapture } from "@/lib/corpus";
import type { SourceDocument } from "@/lib/corpus/types";
import { prepareSource } from "@/lib/sources/import-source";

// Real W3C pages (tests/fixtures/w3c, with their licence): tables stay tables, the
// byline fills the details, the title is the page's, share buttons go.

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/w3c", name)));

function parse(name: string): SourceDocument {
  const result = importCapture(fixture(name), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

const cells = (doc: SourceDocument) => doc.blocks.filter((b) => b.kind === "table-cell");
const textOf = (doc: SourceDocument, b: { start: number; end: number }) => doc.text.slice(b.start, b.end);

describe("the Web Annotation Data Model recommendation", () => {
  const doc = parse("annotation-model.html");

  it("keeps its tables as cells with rows, columns and the header row", () => {
    const all = cells(doc);
    expect(all.length).toBeGreaterThan(300);
    // The first model table: Term | Type | Description, then @context | Property | ...
    const first = all.slice(0, 6).map((b) => [b.row, b.col, b.header === true, textOf(doc, b)]);
    expect(first).toEqual([
      [0, 0, true, "Term"],
      [0, 1, true, "Type"],
      [0, 2, true, "Description"],
      [1, 0, false, "@context"],
      [1, 1, false, "Property"],
      [1, 2, false, expect.stringMatching(/^The context that determines the meaning of the JSON as an Annotation\. The Annotation MUST have 1 or more @context values/)],
    ]);
    expect(doc.report.blocksByKind["table-cell"]).toBe(all.length);
  });

  it("names itself and its editors and date", () => {
    expect(doc.report.found).toEqual({
      title: { value: "Web Annotation Data Model", from: "<h1>" },
      author: { value: "Robert Sanderson, Paolo Ciccarese, Benjamin Young", from: "the page's author markup" },
      published: { value: "2017-02-23", from: "the page's date markup" },
    });
  });
});

describe("a W3C news post", () => {
  const doc = parse("news-post.html");

  it("keeps the article's own title and drops its byline as a byline, not as page chrome", () => {
    const kinds = doc.blocks.map((b) => [b.kind, textOf(doc, b)]);
    expect(kinds[0]).toEqual(["heading", "Three recommendations to enable Annotations on the Web"]);
    expect(doc.text).not.toContain("Author(s) and publish date");
    expect(doc.report.removed.map((r) => r.reason)).toContain("byline (its author and date fill the source's details)");
    expect(doc.report.found?.author?.value).toBe("Ivan Herman");
    expect(doc.report.found?.published?.value).toBe("2017-02-23");
  });

  it("removes the one-line share buttons", () => {
    expect(doc.text).not.toMatch(/Share this page/);
    expect(doc.report.removed).toContainEqual(expect.objectContaining({ reason: "share buttons", excerpt: "Share this page: Facebook | Twitter" }));
  });

  it("reads the table's header cells from <thead>", () => {
    expect(cells(doc).map((b) => [b.row, b.col, b.header === true, textOf(doc, b)])).toEqual([
      [0, 0, true, "Document"],
      [0, 1, true, "Status"],
      [1, 0, false, "Web Annotation Data Model"],
      [1, 1, false, "Recommendation"],
      [2, 0, false, "Embedding Web Annotations in HTML"],
      [2, 1, false, "Working Group Note"],
    ]);
  });

  it("fills the source's empty details from the page and says so in the report", () => {
    const prepared = prepareSource(fixture("news-post.html"), "news-post.html", { author: null, published: null });
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.prepared.metadata).toMatchObject({ title: "Three recommendations to enable Annotations on the Web", author: "Ivan Herman", published: "2017-02-23" });
    expect(prepared.prepared.document.report.filled).toEqual(["title", "author", "published"]);
  });

  it("keeps what the user gave over what the page says", () => {
    const prepared = prepareSource(fixture("news-post.html"), "news-post.html", { title: "My title", author: "Someone" });
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.prepared.metadata).toMatchObject({ title: "My title", author: "Someone", published: "2017-02-23" });
    expect(prepared.prepared.document.report.filled).toEqual(["published"]);
  });
});

describe("a Markdown file's title", () => {
  it("is its # heading, not its file name", () => {
    const bytes = new TextEncoder().encode("# The Bukharin letter\n\nA paragraph of the letter.\n");
    const prepared = prepareSource(bytes, "bukharin_letter-draft.md", {});
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.prepared.metadata.title).toBe("The Bukharin letter");
  });

  it("falls back to the file name when the file has no title", () => {
    const prepared = prepareSource(new TextEncoder().encode("Just a paragraph, no heading.\n"), "trial-notes_1937.md", {});
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.prepared.metadata.title).toBe("trial notes 1937");
  });
});
