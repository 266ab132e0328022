import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { textElements } from "@/components/reader/text-elements";
import { importCapture } from "@/lib/corpus";
import type { Block, Mark } from "@/lib/corpus/types";
import { blockStarts } from "@/lib/reader/block-starts";
import { headingLevels } from "@/lib/reader/toc";
import { decodeLayout, encodeLayout } from "@/lib/reader/text-layout";

function render(text: string, blocks: Block[], marks: Mark[] = []): string {
  return renderToStaticMarkup(createElement(Fragment, null, textElements(text, decodeLayout(encodeLayout(text, blocks, marks, headingLevels(blocks, []))))));
}

const blockElements = (html: string): Element[] =>
  DomUtils.findAll((el) => /^b-\d+$/.test(el.attribs.id ?? ""), parseDocument(html).children);

describe("textElements", () => {
  it("escapes text and drops links that are not http(s) or mailto", () => {
    const text = `<script>alert("x")</script> & more`;
    const marks: Mark[] = [
      { kind: "link", start: 0, end: 8, href: "javascript:alert(1)" },
      { kind: "link", start: 30, end: 34, href: "https://e.org/?a=1&b=2" },
    ];
    const html = render(text, [{ kind: "paragraph", start: 0, end: text.length }], marks);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://e.org/?a=1&amp;b=2" rel="nofollow">more</a>');
  });

  it("renders each block kind with its id, comment unit, list marker and footnote label", () => {
    const text = "Title\n\nQuote\n\nReply\n\nItem\n\nNote";
    const blocks: Block[] = [
      { kind: "heading", start: 0, end: 5, level: 1 },
      { kind: "quote", start: 7, end: 12 },
      { kind: "comment", start: 14, end: 19, depth: 9 },
      { kind: "list-item", start: 21, end: 25, ordinal: "3" },
      { kind: "footnote", start: 27, end: 31, label: "1" },
    ];
    expect(render(text, blocks)).toBe(
      '<div id="tx" class="tx"><h2 id="b-0">Title</h2><blockquote id="b-1">Quote</blockquote>' +
        '<section class="cms" aria-label="Comments (1)"><article class="cm c0" aria-label="Comment 1"><header class="cm-head">' +
        '<span class="cm-n" aria-hidden="true">1.</span></header><p id="b-2">Reply</p></article></section>' +
        '<ul><li id="b-3" data-o="3.">Item</li></ul><div class="fn" id="fn-1"><span class="bk">1</span><p id="b-4">Note</p></div></div>',
    );
  });

  it("links footnote markers and notes both ways without adding text to either block", () => {
    const text = "Claim.[1]\n\nSource";
    const blocks: Block[] = [
      { kind: "paragraph", start: 0, end: 9 },
      { kind: "footnote", start: 11, end: 17, label: "1" },
    ];
    const html = render(text, blocks, [{ kind: "footnote-ref", start: 6, end: 9, label: "1" }]);
    expect(html).toContain('<a class="fr" href="#fn-1" id="r-1">[1]</a>');
    expect(html).toContain('<a class="bk" href="#r-1" aria-label="Back to the text from note 1">1</a>');
    expect(blockElements(html).map((el) => DomUtils.textContent(el))).toEqual(["Claim.[1]", "Source"]);
  });
});

describe("textElements on the starter corpus", () => {
  const dir = path.join(process.cwd(), "prisma/corpus");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));

  it.each(files)("%s: block elements hold exactly their text, and their starts follow from it", (file) => {
    const parsed = importCapture(readFileSync(path.join(dir, file)), file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { text, blocks, marks, sections } = parsed.document;
    const layout = encodeLayout(text, blocks, marks, headingLevels(blocks, sections));
    const html = renderToStaticMarkup(createElement(Fragment, null, textElements(text, decodeLayout(layout))));
    const elements = blockElements(html);
    expect(elements.map((el) => el.attribs.id)).toEqual(blocks.map((_, i) => `b-${i}`));
    const rendered = elements.map((el) => DomUtils.textContent(el));
    expect(rendered).toEqual(blocks.map((b) => text.slice(b.start, b.end)));
    // What the browser derives from the DOM is what the importer stored.
    expect(blockStarts(rendered.map((t) => t.length))).toEqual(blocks.map((b) => b.start));
  });
});

describe("reader comments and tables in the text", () => {
  const html = (text: string, blocks: Block[]) =>
    renderToStaticMarkup(createElement(Fragment, null, textElements(text, decodeLayout(encodeLayout(text, blocks, [], new Map())))));

  it("draws every comment as a unit with the capture's number and author line, replies nested inside", () => {
    const parts = ["Anna said...", "First point.", "Second paragraph.", "A reply.", "Next comment."];
    const text = parts.join("\n\n");
    let at = 0;
    const span = (i: number) => {
      const start = at;
      at += parts[i]!.length + 2;
      return { start, end: start + parts[i]!.length };
    };
    const blocks: Block[] = [
      { kind: "comment", ...span(0), depth: 0, startsComment: true, label: "7", authorLine: true },
      { kind: "comment", ...span(1), depth: 0 },
      { kind: "comment", ...span(2), depth: 0 },
      { kind: "comment", ...span(3), depth: 1, startsComment: true, label: "1" },
      { kind: "comment", ...span(4), depth: 0, startsComment: true, label: "8" },
    ];
    const out = html(text, blocks);
    expect(out).toBe(
      '<div id="tx" class="tx"><section class="cms" aria-label="Comments (3)">' +
        '<article class="cm c0" aria-label="Comment 7"><header class="cm-head"><span class="cm-n" aria-hidden="true">7.</span>' +
        '<p id="b-0" class="cm-by">Anna said...</p></header><p id="b-1">First point.</p><p id="b-2">Second paragraph.</p>' +
        '<article class="cm c1" aria-label="Comment 7.1"><header class="cm-head"><span class="cm-n" aria-hidden="true">1.</span></header>' +
        '<p id="b-3">A reply.</p></article></article>' +
        '<article class="cm c0" aria-label="Comment 8"><header class="cm-head"><span class="cm-n" aria-hidden="true">8.</span></header>' +
        '<p id="b-4">Next comment.</p></article></section></div>',
    );
    expect(blockElements(out).map((el) => DomUtils.textContent(el))).toEqual(parts);
  });

  it("renders table cells in rows, the header row in <thead>", () => {
    const parts = ["Term", "Type", "id", "Property"];
    const text = parts.join("\n\n");
    const blocks: Block[] = [
      { kind: "table-cell", start: 0, end: 4, row: 0, col: 0, header: true },
      { kind: "table-cell", start: 6, end: 10, row: 0, col: 1, header: true },
      { kind: "table-cell", start: 12, end: 14, row: 1, col: 0 },
      { kind: "table-cell", start: 16, end: 24, row: 1, col: 1 },
    ];
    expect(html(text, blocks)).toBe(
      '<div id="tx" class="tx"><div class="tbl" tabindex="0" role="region" aria-label="Table"><table>' +
        '<thead><tr><th id="b-0">Term</th><th id="b-1">Type</th></tr></thead>' +
        '<tbody><tr><td id="b-2">id</td><td id="b-3">Property</td></tr></tbody></table></div></div>',
    );
  });
});
