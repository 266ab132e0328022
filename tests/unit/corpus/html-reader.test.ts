import { describe, expect, it } from "vitest";
import { importCapture, parseCapture } from "@/lib/corpus";
import type { SourceDocument } from "@/lib/corpus/types";

const HTML = `<!doctype html>
<html>
<head><title>Trials</title><style>p { color: red }</style></head>
<body>
<header><a href="/">Home</a> | <a href="/about">About</a></header>
<nav><ul><li><a href="/a">Archive</a></li></ul></nav>
<h1>The Moscow Trials</h1>
<p>The first trial opened on <em>19 August 1936</em>, as <a href="https://example.org/report">the report</a>
   says.[1] See <a href="javascript:alert(1)">this</a> and <strong>note</strong> it.</p>
<blockquote><p>I am guilty of having been the organizer.</p></blockquote>
<script>track("visit")</script>
<ol start="3"><li>Zinoviev</li><li>Kamenev &amp; others</li></ol>
<ul><li>A bullet</li></ul>
<pre>line one
  line two</pre>
<h2>Notes</h2>
<p>This site uses cookies. By using this site, these terms are accepted.</p>
<aside>Related posts</aside>
<footer>© 2024 Someone</footer>
</body>
</html>`;

function blocks(doc: SourceDocument): [string, string][] {
  return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
}

describe("the HTML reader", () => {
  const doc = parseCapture(HTML, "html");

  it("reads headings, paragraphs, quotes, lists and preformatted text", () => {
    expect(blocks(doc)).toEqual([
      ["heading", "The Moscow Trials"],
      ["paragraph", "The first trial opened on 19 August 1936, as the report says.[1] See this and note it."],
      ["quote", "I am guilty of having been the organizer."],
      ["list-item", "Zinoviev"],
      ["list-item", "Kamenev & others"],
      ["list-item", "A bullet"],
      ["preformatted", "line one\n  line two"],
      ["heading", "Notes"],
    ]);
    expect(doc.blocks.map((b) => b.level ?? b.ordinal ?? null)).toEqual([1, null, null, "3", "4", null, null, 2]);
  });

  it("keeps emphasis, strong and http links as marks, and drops a javascript: link", () => {
    const marks = doc.marks.map((m) => [m.kind, doc.text.slice(m.start, m.end), m.href ?? m.label ?? null]);
    expect(marks).toEqual([
      ["em", "19 August 1936", null],
      ["link", "the report", "https://example.org/report"],
      ["strong", "note", null],
      ["footnote-ref", "[1]", "1"],
    ]);
  });

  it("reports the page chrome it dropped, with its lines", () => {
    expect(doc.report.removed.map((r) => [r.fromLine, r.toLine, r.reason])).toEqual([
      [3, 3, "document head"],
      [5, 5, "page header"],
      [6, 6, "navigation"],
      [11, 11, "script"],
      [17, 17, "cookie banner"],
      [18, 18, "sidebar"],
      [19, 19, "page footer"],
    ]);
    expect(doc.text).not.toMatch(/Archive|track|Related posts|Someone|cookies/);
  });

  it("is reached through importCapture for .html files", () => {
    const r = importCapture(new TextEncoder().encode(HTML), "page.html");
    expect(r.ok && r.document.text).toBe(doc.text);
  });
});
