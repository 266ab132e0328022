import { describe, expect, it } from "vitest";
import type { Block, Mark } from "@/lib/corpus/types";
import { marksByBlock, planBlock, planBlocks, segmentText, type Segment } from "@/lib/reader/render-plan";

// A compact picture of a tree: text as is, marks as kind(children).
function show(segs: Segment[]): string {
  return segs.map((s) => (s.type === "text" ? s.text : `${s.mark.kind}(${show(s.children)})`)).join("");
}

const para = (start: number, end: number): Block => ({ kind: "paragraph", start, end });

describe("planBlock", () => {
  const text = "Bukharin wrote to Stalin on 10.12.1937.";
  const block = para(0, text.length);

  it("returns the block text as one segment when there are no marks", () => {
    expect(planBlock(text, block, [])).toEqual([{ type: "text", start: 0, text }]);
  });

  it("nests a mark inside a longer one regardless of input order", () => {
    const marks: Mark[] = [
      { kind: "em", start: 18, end: 24 },
      { kind: "strong", start: 9, end: 24 },
    ];
    expect(show(planBlock(text, block, marks))).toBe("Bukharin strong(wrote to em(Stalin)) on 10.12.1937.");
  });

  it("puts a link outside a strong mark over the same span", () => {
    const marks: Mark[] = [
      { kind: "strong", start: 0, end: 8 },
      { kind: "link", start: 0, end: 8, href: "https://example.org/" },
    ];
    expect(show(planBlock(text, block, marks))).toBe("link(strong(Bukharin)) wrote to Stalin on 10.12.1937.");
  });

  it("splits a mark that crosses another instead of overlapping elements", () => {
    const marks: Mark[] = [
      { kind: "strong", start: 0, end: 14 },
      { kind: "em", start: 9, end: 24 },
    ];
    expect(show(planBlock(text, block, marks))).toBe("strong(Bukharin em(wrote))em( to Stalin) on 10.12.1937.");
  });

  it("clips marks that reach outside the block", () => {
    const inner = para(9, 24); // "wrote to Stalin"
    const marks: Mark[] = [{ kind: "em", start: 0, end: 14 }];
    const segs = planBlock(text, inner, marks);
    expect(show(segs)).toBe("em(wrote) to Stalin");
    expect(segs[0]).toMatchObject({ type: "mark", mark: { start: 9, end: 14 } });
  });

  it("drops an anchor nested in an anchor but keeps its text", () => {
    const t = "See note [1] here.";
    const marks: Mark[] = [
      { kind: "link", start: 0, end: 12, href: "https://example.org/" },
      { kind: "footnote-ref", start: 9, end: 12, label: "1" },
    ];
    expect(show(planBlock(t, para(0, t.length), marks))).toBe("link(See note [1]) here.");
  });

  it("keeps footnote refs as marks whose text is the marker", () => {
    const t = "A claim.[12] More.";
    const segs = planBlock(t, para(0, t.length), [{ kind: "footnote-ref", start: 8, end: 12, label: "12" }]);
    expect(show(segs)).toBe("A claim.footnote-ref([12]) More.");
  });

  it("ignores empty and inverted marks", () => {
    const segs = planBlock(text, block, [
      { kind: "em", start: 5, end: 5 },
      { kind: "em", start: 7, end: 3 },
    ]);
    expect(segs).toHaveLength(1);
  });

  it("preserves offsets: text segments start where their text is", () => {
    const marks: Mark[] = [
      { kind: "strong", start: 9, end: 24 },
      { kind: "em", start: 12, end: 30 },
      { kind: "link", start: 28, end: 38, href: "https://example.org/" },
    ];
    const walk = (segs: Segment[]): void =>
      segs.forEach((s) => (s.type === "text" ? expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text) : walk(s.children)));
    const segs = planBlock(text, block, marks);
    walk(segs);
    expect(segmentText(segs)).toBe(text);
  });
});

describe("planBlocks", () => {
  // Paragraphs separated by blank lines, as the importer's canonical text is.
  const text = "First *one* here.\n\nSecond **two**.\n\nThird.";
  const blocks: Block[] = [para(0, 17), para(19, 34), para(36, 42)];

  it("gives each block a tree whose text is exactly the block's text", () => {
    const marks: Mark[] = [
      { kind: "em", start: 6, end: 25 }, // crosses the first block boundary
      { kind: "strong", start: 26, end: 40 }, // crosses the second
    ];
    const plans = planBlocks(text, blocks, marks);
    plans.forEach((segs, i) => expect(segmentText(segs)).toBe(text.slice(blocks[i]!.start, blocks[i]!.end)));
    expect(show(plans[0]!)).toBe("First em(*one* here.)");
    expect(show(plans[1]!)).toBe("em(Second) strong(**two**.)");
    expect(show(plans[2]!)).toBe("strong(Thir)d.");
  });

  it("distributes marks to blocks without scanning every block for each mark", () => {
    const per = marksByBlock(blocks, [{ kind: "em", start: 40, end: 41 }]);
    expect(per.map((m) => m.length)).toEqual([0, 0, 1]);
  });
});
