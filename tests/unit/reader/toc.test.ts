import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/corpus/types";
import { buildToc, headingLevels, nestToc, tocHeads } from "@/lib/reader/toc";
import { blockRuns, listMarker } from "@/lib/reader/block-runs";

const h = (start: number, end: number, level: number): Block => ({ kind: "heading", start, end, level });
const p = (start: number, end: number): Block => ({ kind: "paragraph", start, end });

describe("headingLevels", () => {
  it("starts the text's headings at h2 and never skips a level", () => {
    const blocks = [h(0, 5, 3), p(6, 10), h(11, 15, 5), h(16, 20, 3), h(21, 25, 4)];
    expect([...headingLevels(blocks, []).values()]).toEqual([2, 3, 2, 3]);
  });

  it("makes each article of a multi-article capture an h2 and its headings h3", () => {
    const blocks = [h(0, 5, 1), p(6, 10), h(11, 15, 2), h(20, 25, 1), h(26, 30, 2)];
    const sections = [
      { title: "One", start: 0, end: 19 },
      { title: "Two", start: 20, end: 30 },
    ];
    expect([...headingLevels(blocks, sections).entries()]).toEqual([
      [0, 2],
      [2, 3],
      [3, 2],
      [4, 3],
    ]);
  });
});

describe("buildToc", () => {
  it("nests headings by level and links them to their blocks", () => {
    const text = "Intro\nBody\nPart A\nPart B\nEnd";
    const blocks = [h(0, 5, 2), p(6, 10), h(11, 17, 3), h(18, 24, 3), h(25, 28, 2)];
    const toc = buildToc(text, blocks, [], headingLevels(blocks, []));
    expect(toc).toEqual([
      {
        title: "Intro",
        href: "#b-0",
        children: [
          { title: "Part A", href: "#b-2", children: [] },
          { title: "Part B", href: "#b-3", children: [] },
        ],
      },
      { title: "End", href: "#b-4", children: [] },
    ]);
  });

  it("lists the sections of a multi-article capture at the top level", () => {
    const text = "Article one\nSub\nText.\nArticle two text.";
    const blocks = [h(0, 11, 1), h(12, 15, 2), p(16, 21), p(22, 39)];
    const sections = [
      { title: "Article one", start: 0, end: 21 },
      { title: "Article two", start: 22, end: 39 },
    ];
    const toc = buildToc(text, blocks, sections, headingLevels(blocks, sections));
    expect(toc).toEqual([
      { title: "Article one", href: "#b-0", children: [{ title: "Sub", href: "#b-1", children: [] }] },
      { title: "Article two", href: "#b-3", children: [] },
    ]);
  });
});

describe("blockRuns", () => {
  it("groups consecutive list items", () => {
    const li = (s: number): Block => ({ kind: "list-item", start: s, end: s + 1 });
    expect(blockRuns([p(0, 1), li(2), li(4), p(6, 7), li(8)])).toEqual([
      { kind: "single", index: 0 },
      { kind: "list", from: 1, to: 3 },
      { kind: "single", index: 3 },
      { kind: "list", from: 4, to: 5 },
    ]);
  });

  it("prints an ordinal only when the text does not already start with it", () => {
    expect(listMarker("3", "Kamenev")).toBe("3.");
    expect(listMarker("b)", "text")).toBe("b)");
    expect(listMarker("3", "3. Kamenev")).toBeUndefined();
    expect(listMarker(undefined, "x")).toBeUndefined();
  });
});

describe("tocHeads / nestToc", () => {
  it("sends block indexes and levels, article titles only, and rebuilds the same contents", () => {
    const text = "One\n\nIntro\n\nBody\n\nTwo\n\nPart";
    const blocks = [h(0, 3, 1), h(5, 10, 2), p(12, 16), h(18, 21, 1), h(23, 27, 2)];
    const sections = [
      { title: "Article one", start: 0, end: 17 },
      { title: "Article two", start: 18, end: 27 },
    ];
    const levels = headingLevels(blocks, sections);
    const heads = tocHeads(blocks, sections, levels);
    expect(heads).toEqual([
      [0, 2, "Article one"],
      [1, 3],
      [3, 2, "Article two"],
      [4, 3],
    ]);
    expect(nestToc(text, blocks, heads)).toEqual(buildToc(text, blocks, sections, levels));
    expect(nestToc(text, blocks, heads).map((e) => [e.title, e.children.map((c) => c.title)])).toEqual([
      ["Article one", ["Intro"]],
      ["Article two", ["Part"]],
    ]);
  });
});
