import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it, vi } from "vitest";
import { textElements } from "@/components/reader/text-elements";
import { importCapture } from "@/lib/corpus";
import type { Block, Mark } from "@/lib/corpus/types";
import { readerTextOf } from "@/lib/reader/reader-text";
import { textHtml } from "@/lib/reader/text-html";
import { storedReaderText, storeReaderText } from "@/lib/reader/text-html-store";
import { decodeLayout, encodeLayout } from "@/lib/reader/text-layout";
import { headingLevels } from "@/lib/reader/toc";

const layoutOf = (text: string, blocks: Block[], marks: Mark[] = []) => decodeLayout(encodeLayout(text, blocks, marks, headingLevels(blocks, [])));
// Both renderers' output read back as a DOM and written out the same way (React escapes ' and " in text, we need not).
const normalised = (html: string) => DomUtils.getOuterHTML(parseDocument(html).children);

describe("textHtml", () => {
  it("makes the same DOM as the React elements for every starter text, citations included", () => {
    const dir = path.join(process.cwd(), "prisma/corpus");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const parsed = importCapture(readFileSync(path.join(dir, file)), file);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { text, blocks, marks, sections } = parsed.document;
      const layout = decodeLayout(encodeLayout(text, blocks, marks, headingLevels(blocks, sections)));
      const cites = [{ kind: "cite" as const, start: blocks[1]?.start ?? 0, end: (blocks[1]?.start ?? 0) + 5, index: 0 }];
      const react = renderToStaticMarkup(createElement(Fragment, null, textElements(text, layout, undefined, "", cites)));
      expect(normalised(`<div id="tx" class="tx">${textHtml(text, layout, "", cites)}</div>`), file).toBe(normalised(react));
    }
  });

  it("escapes text and attribute values, and drops links that are not http(s) or mailto", () => {
    const text = `<script>alert("x")</script> & "more" here`;
    const marks: Mark[] = [
      { kind: "link", start: 0, end: 8, href: "javascript:alert(1)" },
      { kind: "link", start: 30, end: 36, href: 'https://e.org/?a=1&b="><img src=x onerror=alert(1)>' },
    ];
    const html = textHtml(text, layoutOf(text, [{ kind: "paragraph", start: 0, end: text.length }], marks));
    expect(html).toBe(
      '<p id="b-0">&lt;script&gt;alert("x")&lt;/script&gt; &amp; ' +
        '<a href="https://e.org/?a=1&amp;b=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" rel="nofollow">"more"</a> here</p>',
    );
    expect(parseDocument(html).children).toHaveLength(1);
    expect(DomUtils.findAll((el) => el.name === "img" || el.name === "script", parseDocument(html).children)).toEqual([]);
  });

  it("escapes a footnote's label where it is drawn and where it names the back link", () => {
    const text = "Claim.[1]\n\nSource";
    const blocks: Block[] = [
      { kind: "paragraph", start: 0, end: 9 },
      { kind: "footnote", start: 11, end: 17, label: '1"<b>' },
    ];
    const html = textHtml(text, layoutOf(text, blocks));
    expect(html).toContain('<span class="bk">1"&lt;b&gt;</span>');
    expect(html).not.toContain("<b>");
  });
});

describe("the reader text store", () => {
  it("is one store for every copy of its module, as the server's two module graphs load it", async () => {
    vi.resetModules();
    const other = await import("@/lib/reader/text-html-store");
    expect(other.storedReaderText).not.toBe(storedReaderText);
    other.storeReaderText("v-shared", { html: "<p id=\"b-0\">x</p>", words: 1, entries: [], blockCount: 1 });
    expect(storedReaderText("v-shared")?.html).toBe('<p id="b-0">x</p>');
  });

  it("keeps the 64 versions used last", () => {
    const made = (n: number) => ({ html: `<p id="b-0">${n}</p>`, words: 1, entries: [], blockCount: 1 });
    for (let i = 0; i < 64; i++) storeReaderText(`v-lru-${i}`, made(i));
    expect(storedReaderText("v-lru-0")).toBeDefined(); // used again: now the most recent
    storeReaderText("v-lru-64", made(64));
    expect(storedReaderText("v-lru-1")).toBeUndefined();
    expect(storedReaderText("v-lru-0")?.html).toBe('<p id="b-0">0</p>');
    expect(storedReaderText("v-lru-64")).toBeDefined();
  });

  it("renders a version once: its text never changes under its id", () => {
    const blocks: Block[] = [{ kind: "heading", start: 0, end: 5, level: 1 }, { kind: "paragraph", start: 7, end: 16 }];
    const first = readerTextOf({ versionId: "v-once", text: "Title\n\nTwo words", blocks, marks: [], sections: [], citations: [{ start: 7, end: 10 }] });
    expect(first).toMatchObject({ words: 3, blockCount: 2, entries: [{ title: "Title", href: "#b-0", children: [] }] });
    expect(first.html).toBe('<h2 id="b-0">Title</h2><p id="b-1"><span class="ci" data-ci="0" tabindex="0" role="button" aria-haspopup="dialog">Two</span> words</p>');
    const again = readerTextOf({ versionId: "v-once", text: "Other", blocks: [], marks: [], sections: [], citations: [] });
    expect(again).toBe(first);
    expect(storedReaderText("v-once")).toBe(first);
  });
});
