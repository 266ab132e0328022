import { describe, expect, it } from "vitest";
import { findSharedPassages } from "@/lib/compare";
import { swapSides } from "@/lib/compare/swap-sides";

const left = "Intro words here. It is futile to think the trial was staged and the charges trumped up by anyone at all. Then a second passage the two texts both hold word for word, quoted at length by the other one.";
const right = "Another opening. Then a second passage the two texts both hold word for word, quoted at length by the other. And later: It is futile to think the trial was staged and the charges were trumped up by anyone at all.";

describe("swapSides", () => {
  it("is what the finder answers with the texts the other way round", () => {
    const found = findSharedPassages(left, right);
    expect(found.length).toBe(2);
    expect(swapSides(found)).toEqual(findSharedPassages(right, left));
  });
  it("turns words only the left has into words only the right has", () => {
    const [passage] = swapSides([{ left: { start: 0, end: 3, text: "abc" }, right: { start: 5, end: 8, text: "abd" }, similarity: 0.5, differences: [{ kind: "left-only", left: { start: 1, end: 2, text: "b" }, right: null }] }]);
    expect(passage?.differences).toEqual([{ kind: "right-only", left: null, right: { start: 1, end: 2, text: "b" } }]);
    expect(passage?.left.start).toBe(5);
  });
});
