import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { noteExtensions } from "@/lib/annotations/body/extensions";
import { BODY_LIMITS, checkHref, validateBody } from "@/lib/annotations/body";
import { ALLOWED_HREFS, doc, HOSTILE_HREFS, item, link, linkedDoc, nestedLists, para, text } from "./payloads";

function refusal(json: unknown): string {
  const result = validateBody(json);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(json).slice(0, 200)}`);
  return result.reason;
}

describe("noteExtensions", () => {
  it("builds a schema in Node, without a DOM, holding exactly the chosen nodes and marks", () => {
    expect(typeof document).toBe("undefined");
    const schema = getSchema(noteExtensions);
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ["blockquote", "bulletList", "doc", "hardBreak", "listItem", "orderedList", "paragraph", "text"].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });
});

describe("validateBody: valid notes", () => {
  it.each([
    ["one paragraph", doc(para(text("Vyshinsky's closing speech."))), "Vyshinsky's closing speech."],
    ["an empty note, as the editor starts", doc({ type: "paragraph" }), ""],
    ["marks and a hard break", doc(para(text("bold", [{ type: "bold" }]), { type: "hardBreak" }, text("next"))), "bold\nnext"],
    [
      "a link and a quote",
      doc(para(text("see "), text("RGASPI", [link("https://example.org/f17")])), { type: "blockquote", content: [para(text("quoted"))] }),
      "see RGASPI\n\n> quoted",
    ],
    [
      "nested lists",
      doc({
        type: "orderedList",
        attrs: { start: 3 },
        content: [item(para(text("first")), { type: "bulletList", content: [item(para(text("inner")))] }), item(para(text("second")))],
      }),
      "3. first\n   - inner\n4. second",
    ],
    ["script tags as plain text", doc(para(text("<script>alert(1)</script>"))), "<script>alert(1)</script>"],
  ])("accepts %s", (_label, body, expected) => {
    const result = validateBody(body);
    expect(result).toMatchObject({ ok: true, text: expected });
  });

  it("normalizes the stored doc: default attrs filled, adjacent text merged", () => {
    const result = validateBody(doc(para(text("a"), text("b")), { type: "orderedList", content: [item(para(text("c")))] }));
    expect(result.ok && result.doc).toEqual(
      doc(para(text("ab")), { type: "orderedList", attrs: { start: 1, type: null }, content: [item(para(text("c")))] }),
    );
  });

  it.each(ALLOWED_HREFS)("accepts a link to %s", (href) => {
    expect(validateBody(linkedDoc(href)).ok).toBe(true);
  });
});

describe("validateBody: hostile payloads", () => {
  it.each(HOSTILE_HREFS)("refuses a %s link", (_label, href, reason) => {
    expect(refusal(linkedDoc(href))).toMatch(reason);
    expect(checkHref(href).ok).toBe(false);
  });

  it.each([
    ["null", null],
    ["a string of JSON", '{"type":"doc","content":[]}'],
    ["a number", 42],
    ["an array", [{ type: "doc", content: [] }]],
    ["undefined", undefined],
  ])("refuses %s as a note", (_label, input) => {
    expect(refusal(input)).toBe("a note must be a document object");
  });

  it.each([
    ["an iframe node", doc({ type: "iframe", attrs: { src: "https://evil.example" } }), "unsupported element in note: iframe"],
    ["an image node", doc(para({ type: "image", attrs: { src: "x", onerror: "alert(1)" } })), /unsupported element in note: image|unsupported attribute/],
    ["a heading (left out of the editor)", doc({ type: "heading", attrs: { level: 1 }, content: [text("h")] }), "unsupported element in note: heading"],
    ["a nested doc", doc({ type: "doc", content: [para(text("x"))] }), "unsupported element in note: doc"],
    ["an unknown mark", doc(para(text("x", [{ type: "script" }]))), "unsupported formatting in note: script"],
    ["underline (left out)", doc(para(text("x", [{ type: "underline" }]))), "unsupported formatting in note: underline"],
    ["an unknown node attr", doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("x")] }), 'unsupported attribute "onclick" on paragraph'],
    ["an unknown link attr", doc(para(text("x", [{ type: "link", attrs: { href: "https://a.example", onmouseover: "x" } }]))), 'unsupported attribute "onmouseover" on link'],
    ["stored HTML on a node", { type: "doc", content: [{ type: "paragraph", html: "<img src=x onerror=alert(1)>" }] }, /Unrecognized key/],
    ["a link without href", doc(para(text("x", [{ type: "link" }]))), "a link has no address"],
    ["a non-numeric list start", doc({ type: "orderedList", attrs: { start: "1; x" }, content: [item(para(text("c")))] }), /start" on orderedList must be a whole number/],
    ["text on a paragraph", doc({ type: "paragraph", text: "x" }), "a paragraph cannot hold text directly"],
    ["an empty text node", doc(para(text(""))), /text in a note cannot be empty/],
    ["text straight in the doc", doc(text("x")), /note structure is not valid/],
    ["an empty list", doc({ type: "bulletList", content: [] }), /note structure is not valid/],
    ["an empty doc", doc(), "a note needs at least one paragraph"],
    ["the wrong root", { type: "paragraph", content: [] }, 'a note must be a document (type "doc")'],
  ])("refuses %s", (_label, body, reason) => {
    expect(refusal(body)).toMatch(reason);
  });

  it("refuses 10,000 nested lists quickly and without a stack overflow", () => {
    const body = nestedLists(10_000);
    const started = performance.now();
    const reason = refusal(body);
    const elapsed = performance.now() - started;
    expect(reason).toBe("note is nested too deeply: the limit is 12 levels (about five nested lists)");
    expect(elapsed).toBeLessThan(100);
  });

  it("accepts lists nested as deep as the limit allows, and no deeper", () => {
    // doc > (list > item) x5 > paragraph > text = 13 levels; x4 = 11.
    expect(validateBody(nestedLists(4)).ok).toBe(true);
    expect(refusal(nestedLists(5))).toMatch(/nested too deeply/);
  });

  it("refuses deep nesting hidden in attrs, and a cycle", () => {
    let attrs: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i += 1) attrs = { a: attrs };
    expect(refusal({ type: "doc", content: [{ type: "paragraph", attrs }] })).toMatch(/nested too deeply/);
    const cyclic: { type: string; content: unknown[] } = { type: "doc", content: [] };
    cyclic.content.push(cyclic);
    expect(refusal(cyclic)).toMatch(/nested too deeply/);
  });

  it("refuses a 2 MB note by its size, quickly", () => {
    const body = doc(para(text("Б".repeat(1_000_000))));
    const started = performance.now();
    expect(refusal(body)).toBe("note is too long: 2,000,085 bytes, limit 65,536");
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("refuses more text than the character limit even when the bytes fit", () => {
    expect(refusal(doc(para(text("a".repeat(BODY_LIMITS.maxTextChars + 1)))))).toBe(
      "note is too long: 20,001 characters, limit 20,000",
    );
    expect(validateBody(doc(para(text("a".repeat(BODY_LIMITS.maxTextChars))))).ok).toBe(true);
  });

  it("refuses huge attrs and very wide notes", () => {
    const manyAttrs = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`a${i}`, i]));
    expect(refusal(doc({ type: "paragraph", attrs: manyAttrs }))).toMatch(/too long|too many parts/);
    expect(refusal(doc(para(text("x", [{ type: "link", attrs: { href: "https://a.example", title: "x".repeat(50_000) } }]))))).toBe(
      'attribute "title" on link is too long: 50,000 characters, limit 512',
    );
    const wide = doc(...Array.from({ length: 40_000 }, () => ({ type: "hardBreak" })));
    expect(refusal(wide)).toMatch(/too many parts/);
  });
});
