// The arithmetic of painting only what is near a pane's view: which offsets the near
// blocks span, and which highlights overlap them.
import { describe, expect, it } from "vitest";
import { itemsIn, nearWindow } from "@/components/reader/paint-near-view";

describe("nearWindow", () => {
  // Blocks of 10, 5 and 20 characters, two-character separators between them.
  const lengths = [10, 5, 20];
  const starts = [0, 12, 19];

  it("spans from the first near block's start to the last near block's end", () => {
    expect(nearWindow(new Set([1]), starts, lengths)).toEqual({ from: 12, to: 17 });
    expect(nearWindow(new Set([2, 0]), starts, lengths)).toEqual({ from: 0, to: 39 });
  });

  it("is null when no block is near", () => {
    expect(nearWindow(new Set(), starts, lengths)).toBeNull();
  });
});

describe("itemsIn", () => {
  const items = [
    { start: 0, end: 5 },
    { start: 3, end: 40 },
    { start: 12, end: 14 },
    { start: 17, end: 20 },
    { start: 30, end: 31 },
  ];

  it("keeps the items that overlap the window, a long one starting before it included", () => {
    expect(itemsIn(items, 12, 17)).toEqual([items[1], items[2]]);
  });

  it("leaves out items that only touch the window's edges", () => {
    expect(itemsIn(items, 5, 12)).toEqual([items[1]]);
    expect(itemsIn(items, 14, 17)).toEqual([items[1]]);
  });
});
