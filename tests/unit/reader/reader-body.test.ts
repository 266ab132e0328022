import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReaderBody } from "@/components/reader/reader-body";
import type { Block } from "@/lib/corpus/types";
import { readerTextOf } from "@/lib/reader/reader-text";
import type { SourceSummary } from "@/lib/sources/types";

const source: SourceSummary = {
  id: "s1",
  slug: "s",
  title: "A source",
  author: null,
  site: "example.org",
  url: null,
  published: null,
  language: "en",
  kind: null,
  perspective: null,
  length: 22,
  versionNumber: 1,
};
const text = "Chapter\n\nBody of the text";
const blocks: Block[] = [
  { kind: "heading", start: 0, end: 7, level: 2 },
  { kind: "paragraph", start: 9, end: 25 },
];

function render(panel: boolean): string {
  // The server component's half: the version's text is rendered and kept for the client component's.
  const { words, entries, blockCount } = readerTextOf({ versionId: "v-reader-body", text, blocks, marks: [], sections: [], citations: [] });
  const props = { source, versionId: "v-reader-body", words, entries, blockCount, lang: "en", range: { kind: "none" } as const };
  return renderToStaticMarkup(createElement(ReaderBody, props, panel ? createElement("aside", { id: "panel" }) : null));
}

describe("ReaderBody on the server", () => {
  it("renders the contents from block indexes with the blocks' text as titles, the header and the text", () => {
    const html = render(false);
    expect(html).toContain('<li><a href="#b-0">Chapter</a></li>');
    expect(html).toContain("<h1>A source</h1>");
    expect(html).toContain('<div id="tx" class="tx" lang="en" data-version="v-reader-body"><h2 id="b-0">Chapter</h2><p id="b-1">Body of the text</p></div>');
    expect(html).not.toContain("an-skip");
  });

  it("renders the annotation panel in its column, after a skip link to it", () => {
    const html = render(true);
    expect(html).toMatch(/^<div class="rd an">/);
    expect(html).toContain('href="#an-find"');
    expect(html).toContain('<aside id="panel"></aside></div>');
  });
});
