import { describe, expect, it } from "vitest";
import { highlightSeedScript } from "@/lib/reader/highlight-seed-script";
import { locateRanges, type BlockSpan } from "@/lib/reader/locate-ranges";
import { blockStarts } from "@/lib/reader/block-starts";

// The script runs against the few DOM calls it makes, faked: blocks of text nodes
// under #tx, ranges that record their boundaries, and CSS.highlights as a map.

interface FakeText {
  data: string;
}

function run(blockTexts: string[][], seed: number[], prefix?: string, page: { highlights?: Map<string, { ranges: unknown[]; priority: number }>; window?: Record<string, unknown> } = {}) {
  const blocks = blockTexts.map((parts) => ({ parts: parts.map((data) => ({ data })), textContent: parts.join("") }));
  const highlights = page.highlights ?? new Map<string, { ranges: unknown[]; priority: number }>();
  const measures: unknown[] = [];
  class Highlight {
    ranges: unknown[] = [];
    priority = 0;
    add(range: unknown) {
      this.ranges.push(range);
    }
  }
  const document = {
    getElementById: (id: string) => (id === `${prefix ?? ""}tx` ? { querySelectorAll: (selector: string) => (selector === `[id^="${prefix ?? ""}b-"]` ? blocks : []) } : null),
    createTreeWalker: (block: (typeof blocks)[number]) => {
      let i = 0;
      return { nextNode: () => block.parts[i++] ?? null };
    },
    createRange: () => {
      const range = { start: [null as FakeText | null, 0] as const, end: [null as FakeText | null, 0] as const };
      return Object.assign(range, {
        setStart(node: FakeText, offset: number) {
          Object.assign(range, { start: [node, offset] });
        },
        setEnd(node: FakeText, offset: number) {
          Object.assign(range, { end: [node, offset] });
        },
      });
    },
  };
  const CSS = { highlights: { get: (name: string) => highlights.get(name), set: (name: string, h: Highlight) => highlights.set(name, h) } };
  const performance = { now: () => 0, measure: (...args: unknown[]) => measures.push(args) };
  const script = highlightSeedScript({ seed, names: ["an-a", "an-b"], measure: "paint", ...(prefix === undefined ? {} : { prefix }) });
  const win = Object.assign(page.window ?? {}, { CSS });
  new Function("document", "window", "CSS", "Highlight", "NodeFilter", "performance", script)(document, win, CSS, Highlight, { SHOW_TEXT: 4 }, performance);
  return { blocks, highlights, measures, window: win };
}

describe("the highlight seed script", () => {
  const texts = [["Moscow ", "trials"], ["of ", "1937", " and"], ["the end"]];

  it("paints each layer's ranges where lib/reader/locate-ranges.ts puts them, gaps and collapsed ranges included", () => {
    // Offsets: block 0 is 0-13, block 1 15-27, block 2 29-36.
    const seed = [0, 6, 0, 3, 20, 1, 13, 17, 0, 14, 15, 1, 10, 36, 1, 5, 5, 0];
    const { blocks, highlights, measures } = run(texts, seed);
    const spans: BlockSpan<FakeText>[] = blocks.map((b, i) => ({ start: blockStarts(blocks.map((x) => x.textContent.length))[i]!, leaves: () => b.parts }));
    const expected = locateRanges(spans, [0, 3, 6, 9, 12, 15].map((i) => ({ start: seed[i]!, end: seed[i + 1]! })));
    const painted = (name: string) => (highlights.get(name)?.ranges ?? []) as { start: [FakeText, number]; end: [FakeText, number] }[];
    const asPairs = (r: { start: [FakeText, number]; end: [FakeText, number] }) => [r.start[0].data, r.start[1], r.end[0].data, r.end[1]];
    const fromLib = (i: number) => {
      const r = expected[i]!;
      return [r.start.node.data, r.start.offset, r.end.node.data, r.end.offset];
    };
    expect(expected[3]).toBeNull(); // wholly between blocks
    expect(expected[5]).toBeNull(); // empty
    expect(painted("an-a").map(asPairs)).toEqual([fromLib(0), fromLib(2)]);
    expect(painted("an-b").map(asPairs)).toEqual([fromLib(1), fromLib(4)]);
    expect(highlights.get("an-b")?.priority).toBe(1);
    expect(measures).toEqual([["paint", { start: 0, end: 0, detail: { count: 4, seed: true } }]]);
  });

  it("paints a compare pane's text by its prefix, adding to what the other pane's seed painted, and keeps each pane's ranges apart", () => {
    const highlights = new Map<string, { ranges: unknown[]; priority: number }>();
    const window: Record<string, unknown> = {};
    run(texts, [0, 6, 0], "L-", { highlights, window });
    run([["Right text"]], [0, 5, 0, 6, 10, 1], "R-", { highlights, window });
    expect(highlights.get("an-a")?.ranges).toHaveLength(2);
    expect(highlights.get("an-b")?.ranges).toHaveLength(1);
    const seeds = window.__palimpsestSeed as Record<string, Record<string, unknown[]>>;
    expect(Object.keys(seeds)).toEqual(["L-", "R-"]);
    expect([seeds["L-"]!["an-a"]!.length, seeds["R-"]!["an-a"]!.length, seeds["R-"]!["an-b"]!.length]).toEqual([1, 1, 1]);
  });

  it("keeps anything but numbers and its own names out of the page", () => {
    const script = highlightSeedScript({ seed: [1, 2, 0, Number.NaN, 3.5, 0], names: ["</script><script>alert(1)//"], measure: "m", prefix: '"]</script>L-' });
    expect(script).not.toContain("</script>");
    expect(script).toContain('"scriptL-")');
    expect(script).toContain("[1,2,0,0,0,0]");
  });
});
