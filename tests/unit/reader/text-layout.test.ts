import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCapture } from "@/lib/corpus";
import type { Block, Mark } from "@/lib/corpus/types";
import { listMarker } from "@/lib/reader/block-runs";
import { headingLevels } from "@/lib/reader/toc";
import { decodeLayout, encodeLayout } from "@/lib/reader/text-layout";

describe("encodeLayout / decodeLayout", () => {
  const text = "Title\n\nQuote\n\nReply\n\n3 Item\n\nItem\n\nNote";
  const blocks: Block[] = [
    { kind: "heading", start: 0, end: 5, level: 1 },
    { kind: "quote", start: 7, end: 12 },
    { kind: "comment", start: 14, end: 19, depth: 9 },
    { kind: "list-item", start: 21, end: 27, ordinal: "3" },
    { kind: "list-item", start: 29, end: 33, ordinal: "4" },
    { kind: "footnote", start: 35, end: 39, label: "1" },
  ];
  const marks: Mark[] = [
    { kind: "footnote-ref", start: 7, end: 12, label: "1" },
    { kind: "link", start: 0, end: 5, href: "https://e.org/" },
    { kind: "em", start: 2, end: 4 },
  ];

  it("sends one code a block and no starts when blocks are joined by the separator", () => {
    const layout = encodeLayout(text, blocks, marks, new Map([[0, 3]]));
    expect(layout).toEqual({
      kinds: "3qflon",
      lengths: [5, 5, 5, 6, 4, 4],
      marks: [2, 0, 5, 0, 2, 2, 3, 5, 5],
      strings: ["4.", "1", "https://e.org/", "1"],
    });
  });

  it("gives back the blocks, marks in start order, rendered levels, clamped depths and markers", () => {
    const decoded = decodeLayout(encodeLayout(text, blocks, marks, new Map([[0, 3]])));
    expect(decoded.blocks).toEqual([
      { kind: "heading", start: 0, end: 5 },
      { kind: "quote", start: 7, end: 12 },
      { kind: "comment", start: 14, end: 19, depth: 5 },
      { kind: "list-item", start: 21, end: 27 },
      { kind: "list-item", start: 29, end: 33 },
      { kind: "footnote", start: 35, end: 39, label: "1" },
    ]);
    expect(decoded.marks).toEqual([marks[1], marks[2], marks[0]]);
    expect(decoded.levels).toEqual(new Map([[0, 3]]));
    // "3 Item" prints its own number; "Item" gets one.
    expect(decoded.markers).toEqual(new Map([[4, "4."]]));
  });

  it("drops empty marks and links the reader would not follow", () => {
    const layout = encodeLayout(text, blocks.slice(0, 1), [
      { kind: "link", start: 0, end: 5, href: "javascript:alert(1)" },
      { kind: "strong", start: 3, end: 3 },
    ], new Map());
    expect(layout.marks).toEqual([]);
    expect(layout.strings).toEqual([]);
  });

  it("sends explicit starts when the text between blocks is not the separator", () => {
    const spaced = "One\n\n\nTwo";
    const odd: Block[] = [
      { kind: "paragraph", start: 0, end: 3 },
      { kind: "paragraph", start: 6, end: 9 },
    ];
    const layout = encodeLayout(spaced, odd, [], new Map());
    expect(layout.starts).toEqual([0, 6]);
    expect(decodeLayout(layout).blocks).toEqual(odd);
  });
});

describe("layout of the starter corpus", () => {
  const dir = path.join(process.cwd(), "prisma/corpus");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));

  it.each(files)("%s: decodes to the same spans, kinds, marks and markers", (file) => {
    const parsed = importCapture(readFileSync(path.join(dir, file)), file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { text, blocks, marks, sections } = parsed.document;
    const levels = headingLevels(blocks, sections);
    const layout = encodeLayout(text, blocks, marks, levels);
    expect(layout.starts).toBeUndefined();
    const decoded = decodeLayout(layout);
    expect(decoded.blocks.map((b) => [b.kind, b.start, b.end])).toEqual(blocks.map((b) => [b.kind, b.start, b.end]));
    expect(decoded.levels).toEqual(levels);
    const markers = new Map<number, string>();
    blocks.forEach((b, i) => {
      const m = b.kind === "list-item" ? listMarker(b.ordinal, text.slice(b.start, b.end)) : undefined;
      if (m !== undefined) markers.set(i, m);
    });
    expect(decoded.markers).toEqual(markers);
    const key = (m: Mark) => `${m.start}:${m.end}:${m.kind}:${m.href ?? ""}:${m.label ?? ""}`;
    expect(decoded.marks.map(key).sort()).toEqual(marks.filter((m) => m.end > m.start).map(key).sort());
  });
});
