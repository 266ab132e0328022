import { describe, expect, it } from "vitest";
import { bestWindow } from "@/lib/search/best-window";

const BLOCK = "Week three. In 1926 Trotsky openly accused Stalin of preparing to dig the grave of the revolution, our reading says.";

describe("the passage of a block most like a selection", () => {
  it("finds the run of words the selection shares, however it is punctuated", () => {
    const { start, end } = bestWindow(BLOCK, "Trotsky openly accused Stalin of “preparing to dig the grave”");
    expect(BLOCK.slice(start, end)).toBe("Trotsky openly accused Stalin of preparing to dig the grave");
  });

  it("leaves out the words around a quotation that omits some of the selection's", () => {
    const block = "fully knowing that disaffection is weak… It is futile to think the trial was staged. The case is genuine.";
    const { start, end } = bestWindow(block, "It is futile to think the trial was staged. The case against the defendants Zinoviev and Kamenev is genuine.");
    expect(block.slice(start, end)).toBe("It is futile to think the trial was staged. The case is genuine");
  });

  it("is the shared words of a block no longer than the selection, or all of it when it shares none", () => {
    expect(bestWindow("Stalin, again.", "Stalin was the general secretary of the party")).toEqual({ start: 0, end: 6 });
    expect(bestWindow("Nothing here.", "Stalin was the general secretary of the party")).toEqual({ start: 0, end: 12 });
  });
});
