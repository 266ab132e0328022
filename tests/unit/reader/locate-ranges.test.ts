import { describe, expect, it } from "vitest";
import { locateRanges, type BlockSpan, type TextLeaf } from "@/lib/reader/locate-ranges";

// A tiny fake of the rendered DOM: each block is its start offset and its text
// nodes, as a TreeWalker would yield them (marks split a block into several nodes).
interface Leaf extends TextLeaf {
  name: string;
}

function fakeBlocks(spec: [number, string[]][]): { blocks: BlockSpan<Leaf>[]; leaf: (name: string) => Leaf } {
  const all = new Map<string, Leaf>();
  const blocks = spec.map(([start, parts], b) => {
    const leaves = parts.map((data, i) => {
      const leaf = { data, name: `${b}.${i}` };
      all.set(leaf.name, leaf);
      return leaf;
    });
    return { start, leaves: () => leaves };
  });
  return { blocks, leaf: (name) => all.get(name)! };
}

// Canonical text "Alpha beta.\n\nGamma delta." rendered as two blocks, the first with "beta" in a mark.
const doc = () =>
  fakeBlocks([
    [0, ["Alpha ", "beta", "."]],
    [13, ["Gamma delta."]],
  ]);

const at = (r: ReturnType<typeof locateRanges<Leaf>>[number]) =>
  r === null ? null : `${r.start.node.name}:${r.start.offset}-${r.end.node.name}:${r.end.offset}`;

describe("locateRanges", () => {
  it("maps offsets inside one text node", () => {
    const { blocks } = doc();
    expect(locateRanges(blocks, [{ start: 1, end: 4 }]).map(at)).toEqual(["0.0:1-0.0:4"]);
  });

  it("keeps an end at a node's last character in that node and moves a start to the next", () => {
    const { blocks } = doc();
    expect(locateRanges(blocks, [{ start: 6, end: 10 }]).map(at)).toEqual(["0.1:0-0.1:4"]);
  });

  it("maps a range across blocks and across marks", () => {
    const { blocks } = doc();
    expect(locateRanges(blocks, [{ start: 3, end: 18 }]).map(at)).toEqual(["0.0:3-1.0:5"]);
  });

  it("snaps a start in the gap between blocks forward and an end there backward", () => {
    const { blocks } = doc();
    expect(locateRanges(blocks, [{ start: 12, end: 15 }, { start: 2, end: 12 }]).map(at)).toEqual([
      "1.0:0-1.0:2",
      "0.0:2-0.2:1",
    ]);
  });

  it("gives null for a range wholly between blocks, an empty range, or one after the text", () => {
    const { blocks } = doc();
    expect(locateRanges(blocks, [{ start: 11, end: 13 }, { start: 4, end: 4 }, { start: 40, end: 50 }])).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("resolves many overlapping ranges in one pass, in input order", () => {
    const { blocks } = doc();
    const ranges = [
      { start: 0, end: 25 },
      { start: 0, end: 5 },
      { start: 6, end: 10 },
      { start: 20, end: 25 },
    ];
    expect(locateRanges(blocks, ranges).map(at)).toEqual(["0.0:0-1.0:12", "0.0:0-0.0:5", "0.1:0-0.1:4", "1.0:7-1.0:12"]);
  });

  it("walks each block's leaves at most once and stops when all ranges are placed", () => {
    let walks = 0;
    const blocks: BlockSpan<Leaf>[] = Array.from({ length: 100 }, (_, i) => ({
      start: i * 10,
      leaves: () => {
        walks++;
        return [{ data: "abcdefgh", name: String(i) }];
      },
    }));
    const result = locateRanges(blocks, [{ start: 11, end: 23 }]);
    expect(at(result[0]!)).toBe("1:1-2:3");
    expect(walks).toBe(3);
  });
});
