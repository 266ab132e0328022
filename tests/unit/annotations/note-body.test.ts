import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NoteBody } from "@/components/annotations/note-body";
import { type BodyDoc, validateBody } from "@/lib/annotations/body";
import { doc, HOSTILE_HREFS, item, link, linkedDoc, para, text } from "./payloads";

const render = (body: BodyDoc) => renderToStaticMarkup(createElement(NoteBody, { doc: body }));

function expectInert(markup: string) {
  expect(markup).not.toMatch(/<script/i);
  expect(markup).not.toMatch(/javascript:/i);
  expect(markup).not.toMatch(/<(iframe|img|object|embed|style)/i);
  // Only real tags matter: escaped text such as "&lt;img onerror=" is inert.
  for (const tag of markup.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\s(on\w+|style|src)=/i);
}

describe("NoteBody", () => {
  it("renders a validated note as plain elements", () => {
    const result = validateBody(
      doc(
        para(text("See "), text("the file", [{ type: "bold" }, link("https://example.org/f?a=1&b=2")]), { type: "hardBreak" }, text("end", [{ type: "italic" }])),
        { type: "blockquote", content: [para(text("quoted"))] },
        { type: "orderedList", attrs: { start: 2 }, content: [item(para(text("two")))] },
        { type: "bulletList", content: [item(para(text("dot")))] },
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(render(result.doc)).toBe(
      "<div>" +
        '<p>See <a href="https://example.org/f?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank"><strong>the file</strong></a><br/><em>end</em></p>' +
        "<blockquote><p>quoted</p></blockquote>" +
        '<ol start="2"><li><p>two</p></li></ol>' +
        "<ul><li><p>dot</p></li></ul>" +
        "</div>",
    );
  });

  it("renders script tags in text as text", () => {
    const markup = render(doc(para(text('<script>alert(1)</script><img src=x onerror="alert(1)">'))));
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expectInert(markup);
  });

  // The renderer does not trust the database: rows may predate a rule, or be written around it.
  it.each(HOSTILE_HREFS)("drops a %s link that bypassed validation, keeping its text", (_label, href) => {
    const markup = render(linkedDoc(href));
    expect(markup).toBe("<div><p>click</p></div>");
    expectInert(markup);
  });

  it("renders nothing for unknown nodes and bare text for unknown marks", () => {
    const markup = render(
      doc(
        { type: "iframe", attrs: { src: "javascript:alert(1)" }, content: [para(text("inside"))] },
        { type: "image", attrs: { src: "x", onerror: "alert(1)" } },
        para(text("kept", [{ type: "script", attrs: { src: "https://evil.example/x.js" } }])),
        { type: "paragraph", attrs: { onclick: "alert(1)", style: "color:red" }, content: [text("para")] },
      ),
    );
    expect(markup).toBe("<div><p>kept</p><p>para</p></div>");
    expectInert(markup);
  });

  it("stops at the depth limit instead of recursing without end", () => {
    let inner: BodyDoc["content"][number] = para(text("deep"));
    for (let i = 0; i < 10_000; i += 1) inner = { type: "blockquote", content: [inner] };
    const markup = render(doc(inner));
    expect(markup).not.toContain("deep");
    expect(markup.match(/<blockquote>/g)?.length).toBeLessThan(20);
  });
});
