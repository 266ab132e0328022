import { describe, expect, it } from "vitest";
import { findSharedPassages } from "@/lib/compare";
import { DAVIES, LEFT_HOST, plant, RIGHT_HOST, spanIn, spansReadBack } from "./planted";

const AT_LEFT = 6000;
const AT_RIGHT = 20000;

/** The Davies passage planted verbatim on the left and as `edited` on the right. */
function compare(edited: string, options = {}) {
  const left = plant(LEFT_HOST, DAVIES, AT_LEFT);
  const right = plant(RIGHT_HOST, edited, AT_RIGHT);
  const found = findSharedPassages(left.text, right.text, options);
  expect(spansReadBack(found, left.text, right.text)).toBe(true);
  return { left, right, found };
}

describe("findSharedPassages on planted edits", () => {
  it("finds a verbatim quotation from its first word to its last", () => {
    const { left, right, found } = compare(DAVIES);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      left: { start: left.start, end: left.end },
      right: { start: right.start, end: right.end, text: DAVIES.slice(0, -1) },
      similarity: 1,
      differences: [],
    });
  });

  it("sees through case, curly and straight quotes, dashes and line wrapping", () => {
    const retyped = DAVIES.replace("All of these", "ALL of these")
      .replace("purges, and liquidations,", "purges — and liquidations —")
      .replace("clean up\u0020and clean out", "“clean up\nand  clean out”")
      .replace("a part of a vigorous", "a part\r\n  of a vigorous")
      .replace("the Stalin government", "the Stalin Government’s government");
    const { left, right, found } = compare(retyped.replace("Government’s government", "government"));
    expect(found).toHaveLength(1);
    expect(found[0]?.left).toMatchObject({ start: left.start, end: left.end });
    expect(found[0]?.right).toMatchObject({ start: right.start, end: right.end });
    expect(found[0]?.right.text).toContain("“clean up\nand  clean out”");
    expect(found[0]?.differences).toEqual([]);
  });

  it("reports a sentence one side left out, on the side that kept it", () => {
    const dropped = "They went to work thoroughly to clean up and clean out all treasonable elements within the country. ";
    const { left, found } = compare(DAVIES.replace(dropped, ""));
    expect(found).toHaveLength(1);
    expect(found[0]?.differences).toEqual([
      { kind: "left-only", left: spanIn(left, dropped.slice(0, -2)), right: null },
    ]);
    expect(found[0]?.similarity).toBeLessThan(1);
  });

  it("reports changed words with both readings", () => {
    const edited = DAVIES.replace("vigorous and determined", "vigorous and resolute").replace("to protect itself", "to shield itself");
    const { left, right, found } = compare(edited);
    expect(found).toHaveLength(1);
    expect(found[0]?.differences).toEqual([
      { kind: "changed", left: spanIn(left, "determined"), right: spanIn(right, "resolute") },
      { kind: "changed", left: spanIn(left, "protect"), right: spanIn(right, "shield") },
    ]);
  });

  it("reports a clause cut to [...] as a cut, with the ellipsis that stands for it", () => {
    const clause = "which seemed so violent at the time and shocked the world";
    const { left, right, found } = compare(DAVIES.replace(clause, "[...]"));
    expect(found).toHaveLength(1);
    expect(found[0]?.differences).toEqual([{ kind: "cut", left: spanIn(left, clause), right: spanIn(right, "[...]") }]);
  });

  it("keeps a quotation whole across a long cut marked with an ellipsis", () => {
    // 34 words cut: far more than the gap allowed between seeds without an ellipsis.
    const cut = "to protect itself from not only revolution from within but from attack from without. " +
      "They went to work thoroughly to clean up and clean out all treasonable elements within the country.";
    const { left, right, found } = compare(DAVIES.replace(` ${cut}`, "… "));
    expect(found).toHaveLength(1);
    expect(found[0]?.left).toMatchObject({ start: left.start, end: left.end });
    expect(found[0]?.right).toMatchObject({ start: right.start, end: right.end });
    expect(found[0]?.differences).toEqual([{ kind: "cut", left: spanIn(left, cut.slice(0, -1)), right: spanIn(right, "…") }]);
  });

  it("reports a sentence one side added inside the quotation", () => {
    const added = "Then, at the turn of the year, came the third trial, larger than both before it.";
    const { right, found } = compare(DAVIES.replace("They went to work", `${added} They went to work`));
    expect(found).toHaveLength(1);
    expect(found[0]?.differences).toEqual([{ kind: "right-only", left: null, right: spanIn(right, added.slice(0, -1)) }]);
  });

  it("splits a quotation interrupted by more words than the merge gap", () => {
    // 70 words of commentary from the host text: more than the 60 words of mergeGap.
    const commentary = RIGHT_HOST.slice(0, 4000).split(/\s+/).slice(200, 270).join(" ");
    const at = "They went to work";
    const split = compare(DAVIES.replace(at, `${commentary}. ${at}`));
    expect(split.found.map((p) => p.differences)).toEqual([[], []]);
    expect(split.found.map((p) => p.right.text.slice(-7))).toEqual(["without", "ernment"]);
  });

  it("does not count a shared phrase shorter than the minimum", () => {
    const phrase = "vigorous and determined effort of the Stalin government to protect itself.";
    const left = plant(LEFT_HOST, DAVIES, AT_LEFT);
    const right = plant(RIGHT_HOST, `Observers called it ${phrase}`, AT_RIGHT);
    // 11 words in common; the default minimum is 12.
    expect(findSharedPassages(left.text, right.text)).toEqual([]);
    const found = findSharedPassages(left.text, right.text, { minWords: 11 });
    expect(found.map((p) => p.right.text)).toEqual([phrase.slice(0, -1)]);
  });

  it("ignores boilerplate repeated through both texts", () => {
    const footer = "Share this article on Facebook, Twitter and by email. Subscribe to our newsletter for more. ";
    // After the first line break in every 1,200 characters: 16 times in 002, 37 in 004.
    const withFooters = (text: string) => text.replace(/\n/g, (_, i: number) => (i % 1200 < 150 ? `\n${footer}\n` : "\n"));
    const left = plant(withFooters(LEFT_HOST), DAVIES, AT_LEFT);
    const right = plant(withFooters(RIGHT_HOST), DAVIES, AT_RIGHT);
    expect(left.text.split(footer).length).toBeGreaterThan(12);
    expect(right.text.split(footer).length).toBeGreaterThan(12);
    const found = findSharedPassages(left.text, right.text);
    expect(found.map((p) => p.left.start)).toEqual([left.start]);
  });

  it("pairs a passage quoted twice with both places, without overlapping passages", () => {
    const left = plant(LEFT_HOST, DAVIES, AT_LEFT);
    const once = plant(RIGHT_HOST, DAVIES, AT_RIGHT);
    const twice = plant(once.text, DAVIES, once.end + 3000);
    const found = findSharedPassages(left.text, twice.text);
    expect(found.map((p) => [p.left.start, p.right.start])).toEqual([[left.start, once.start], [left.start, twice.start]]);
  });

  it("gives the same passages in the same order every time", () => {
    const edited = DAVIES.replace("vigorous and determined", "vigorous and resolute");
    expect(compare(edited).found).toEqual(compare(edited).found);
  });
});
