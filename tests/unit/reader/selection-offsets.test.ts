import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DomUtils, parseDocument } from "htmlparser2";
import type { AnyNode, Element, Text } from "domhandler";
import { describe, expect, it } from "vitest";
import { textElements } from "@/components/reader/text-elements";
import { importCapture } from "@/lib/corpus";
import { BLOCK_SEPARATOR, blockStarts } from "@/lib/reader/block-starts";
import { locateRanges } from "@/lib/reader/locate-ranges";
import { boundaryOffset, rangeOffsets, trimRange, type NodeLike } from "@/lib/reader/selection-offsets";
import { headingLevels } from "@/lib/reader/toc";
import { decodeLayout, encodeLayout } from "@/lib/reader/text-layout";

// A small fake DOM: { t: text } leaves and { id?, c: children } elements, linked to parents.
type Spec = string | { id?: string; c: Spec[] };
interface Fake extends NodeLike {
  id?: string;
  childNodes: Fake[];
  parentNode: Fake | null;
}

function build(spec: Spec, parent: Fake | null = null): Fake {
  if (typeof spec === "string") return { nodeType: 3, data: spec, childNodes: [], parentNode: parent };
  const el: Fake = { nodeType: 1, id: spec.id, childNodes: [], parentNode: parent };
  el.childNodes = spec.c.map((c) => build(c, el));
  return el;
}

// Canonical "Alpha beta.\n\nGamma delta.\n\nNote" as the reader renders it: a paragraph with
// "beta" in <em>, a list with one item, and a footnote whose label sits outside its block.
const tree = () =>
  build({
    c: [
      { c: ["Header"] },
      {
        id: "tx",
        c: [
          { id: "b-0", c: ["Alpha ", { c: ["beta"] }, "."] },
          { c: [{ id: "b-1", c: ["Gamma delta."] }] },
          { c: [{ c: ["1"] }, { id: "b-2", c: ["Note"] }] },
        ],
      },
    ],
  });
const starts = new Map([["b-0", 0], ["b-1", 13], ["b-2", 27]]);
const startOf = (n: NodeLike) => ((n as Fake).id === undefined ? undefined : starts.get((n as Fake).id!));
const at = (root: Fake, ...path: number[]) => path.reduce((n, i) => n.childNodes[i]!, root);

describe("boundaryOffset", () => {
  it("maps a text boundary inside a block, across marks", () => {
    const root = tree();
    expect(boundaryOffset(at(root, 1, 0, 0), 2, "start", startOf)).toBe(2);
    expect(boundaryOffset(at(root, 1, 0, 1, 0), 3, "start", startOf)).toBe(9);
    expect(boundaryOffset(at(root, 1, 0, 2), 1, "end", startOf)).toBe(11);
    expect(boundaryOffset(at(root, 1, 1, 0, 0), 5, "end", startOf)).toBe(18);
  });

  it("maps an element boundary (a child index) inside a block", () => {
    const root = tree();
    expect(boundaryOffset(at(root, 1, 0), 1, "start", startOf)).toBe(6);
    expect(boundaryOffset(at(root, 1, 0), 3, "end", startOf)).toBe(11);
    expect(boundaryOffset(at(root, 1, 0, 1), 0, "start", startOf)).toBe(6);
  });

  it("snaps a boundary between blocks forward for a start and back for an end", () => {
    const root = tree();
    const tx = at(root, 1);
    expect(boundaryOffset(tx, 1, "start", startOf)).toBe(13);
    expect(boundaryOffset(tx, 1, "end", startOf)).toBe(11);
    // On the footnote label: the note's block follows, the list item precedes.
    expect(boundaryOffset(at(root, 1, 2, 0, 0), 1, "start", startOf)).toBe(27);
    expect(boundaryOffset(at(root, 1, 2, 0, 0), 0, "end", startOf)).toBe(25);
    // In the page header: a start moves to the first block, an end has none before it.
    expect(boundaryOffset(at(root, 0, 0), 2, "start", startOf)).toBe(0);
    expect(boundaryOffset(at(root, 0, 0), 2, "end", startOf)).toBeNull();
    expect(boundaryOffset(root, 2, "start", startOf)).toBeNull();
    expect(boundaryOffset(root, 2, "end", startOf)).toBe(31);
  });

  it("turns a selection into trimmed offsets, or null when only white space is selected", () => {
    const root = tree();
    const text = "Alpha beta.\n\nGamma delta.\n\nNote";
    const sel = (a: Fake, ao: number, b: Fake, bo: number) =>
      rangeOffsets({ startContainer: a, startOffset: ao, endContainer: b, endOffset: bo }, startOf, text);
    expect(sel(at(root, 1, 0, 0), 5, at(root, 1, 1, 0, 0), 5)).toEqual({ start: 6, end: 18 });
    expect(sel(at(root, 1, 0, 0), 5, at(root, 1, 0, 0), 6)).toBeNull();
    expect(trimRange(text, 10, 15)).toEqual({ start: 10, end: 15 });
    expect(trimRange(text, 11, 13)).toBeNull();
  });
});

// The reader's real markup for every corpus source, parsed into a DOM-like tree:
// every offset locate-ranges places must come back unchanged.
describe("boundaryOffset on the rendered starter corpus", () => {
  const dir = path.join(process.cwd(), "prisma/corpus");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));

  it.each(files)("inverts locateRanges on %s", (file) => {
    const parsed = importCapture(readFileSync(path.join(dir, file)), file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { text, blocks, marks, sections } = parsed.document;
    const layout = encodeLayout(text, blocks, marks, headingLevels(blocks, sections));
    const html = renderToStaticMarkup(createElement(Fragment, null, textElements(text, decodeLayout(layout))));
    const doc = parseDocument(html);
    const elements = DomUtils.findAll((el) => /^b-\d+$/.test(el.attribs.id ?? ""), doc.children);
    const blockStart = new Map<AnyNode, number>();
    const lengths = elements.map((el) => DomUtils.textContent(el).length);
    blockStarts(lengths).forEach((s, i) => blockStart.set(elements[i]!, s));
    const rebuilt = elements.map((el) => DomUtils.textContent(el)).join(BLOCK_SEPARATOR);
    expect(rebuilt).toBe(text);

    const texts = (el: Element): Text[] => DomUtils.filter((n) => n.type === "text", el.children, true) as Text[];
    const spans = elements.map((el) => ({ start: blockStart.get(el)!, leaves: () => texts(el) }));
    // Every block's first and last character and a spread of offsets inside.
    const ranges = blocks
      .flatMap((b, i) => [{ start: b.start, end: b.end }, ...(i % 7 === 0 ? [{ start: b.start + 1, end: b.end - 1 }] : [])])
      .filter((r) => r.end > r.start);
    const located = locateRanges<Text>(spans, ranges);
    const byNode = (n: NodeLike) => blockStart.get(n as AnyNode);
    let checked = 0;
    located.forEach((loc, i) => {
      const r = ranges[i]!;
      if (loc === null) return;
      expect(boundaryOffset(loc.start.node, loc.start.offset, "start", byNode)).toBe(r.start);
      expect(boundaryOffset(loc.end.node, loc.end.offset, "end", byNode)).toBe(r.end);
      checked++;
    });
    expect(checked).toBeGreaterThan(10);
  });
});
