import { describe, expect, it } from "vitest";
import { parseCapture } from "@/lib/corpus";
import type { SourceDocument } from "@/lib/corpus/types";
import { fastestOf } from "./fixtures";

// Small hand-made captures for the rules the five real files do not exercise.

function kinds(doc: SourceDocument): string[] {
  return doc.blocks.map((b) => `${b.kind}: ${doc.text.slice(b.start, b.end)}`);
}

describe("the plain-text reader", () => {
  it("reads markdown headings and block quotes in .md files", () => {
    const doc = parseCapture("# Title\n\nSome text here.\n\n## Part two\n\n> quoted line one\n> and two\n", "md");
    expect(kinds(doc)).toEqual(["heading: Title", "paragraph: Some text here.", "heading: Part two", "quote: quoted line one and two"]);
    expect(doc.blocks.map((b) => b.level)).toEqual([1, undefined, 2, undefined]);
  });

  it("links only http(s) and mailto targets and drops pure navigation remnants", () => {
    const doc = parseCapture(
      "[Home](#) | [About](#) | [Contact](#)\n\nRead [the report](https://example.org/r), [mail](mailto:a@b.org), [bad](javascript:alert(1)) and [here](#).\n",
      "txt",
    );
    expect(doc.text).toBe("Read the report, mail, bad and here.");
    expect(doc.marks.map((m) => [doc.text.slice(m.start, m.end), m.href])).toEqual([
      ["the report", "https://example.org/r"],
      ["mail", "mailto:a@b.org"],
    ]);
    expect(doc.report.removed).toEqual([{ fromLine: 1, toLine: 1, reason: "site menu", excerpt: "[Home](#) | [About](#) | [Contact](#)" }]);
  });

  it("removes a share-button block after 'Share this:' and nothing after it", () => {
    const doc = parseCapture("A paragraph of the article that says something.\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nTwitter is mentioned here as prose.\n", "txt");
    expect(doc.text).toBe("A paragraph of the article that says something.\n\nTwitter is mentioned here as prose.");
    expect(doc.report.removed.map((r) => [r.fromLine, r.toLine, r.reason])).toEqual([[3, 8, "share buttons"]]);
  });

  it("keeps a stray '*' and unmatched brackets as text", () => {
    const doc = parseCapture("He said 5 * 3 [sic is 15 and *this* [12] counts.\n", "txt");
    expect(doc.text).toBe("He said 5 * 3 [sic is 15 and this [12] counts.");
    expect(doc.marks.map((m) => [m.kind, doc.text.slice(m.start, m.end), m.label ?? null])).toEqual([
      ["em", "this", null],
      ["footnote-ref", "[12]", "12"],
    ]);
  });

  it("counts every block kind in the report, zero when absent", () => {
    const doc = parseCapture("Just one line of text.\n", "txt");
    expect(doc.report.blocksByKind).toEqual({ heading: 0, paragraph: 1, quote: 0, "list-item": 0, footnote: 0, preformatted: 0, comment: 0 });
    expect(doc.report.sections).toBe(0);
  });

  it("stays linear on pathological input", () => {
    const nasty = `${"*a ".repeat(20000)}\n\n${"[".repeat(50000)}\n\n${"“".repeat(50000)}\n`;
    // The fastest of three runs: a loaded machine slows single runs, a quadratic parser slows all three.
    const { ms, result: doc } = fastestOf(3, () => parseCapture(nasty, "txt"));
    expect(ms).toBeLessThan(1000);
    expect(doc.blocks.length).toBe(3);
  });
});
