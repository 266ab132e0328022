import { describe, expect, it } from "vitest";
import { bestWindow } from "@/lib/search/best-window";

const BLOCK = "Week three. In 1926 Trotsky openly accused Stalin of preparing to dig the grave of the revolution, our reading says.";

describe("the passage of a block most like a selection", () => {
  it("finds the run of words the selection shares, however it is punctuated", () => {
    const { start, end } = bestWindow(BLOCK, "Trotsky openly accused Stalin of “preparing to dig the grave”");
    expect(BLOCK.slice(start, end)).toBe("Trotsky openly accused Stalin of preparing to dig the grave");
  });

  it("is the whole block when the block is no longer than the selection", () => {
    expect(bestWindow("Stalin, again.", "Stalin was the general secretary of the party")).toEqual({ start: 0, end: 13 });
  });
});
