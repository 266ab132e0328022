import { describe, expect, it } from "vitest";
import { selectionPieces } from "@/lib/search/find-elsewhere";

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(" ");

describe("the pieces of a selection that find elsewhere looks up", () => {
  it("is the selection itself up to half a window (40 words)", () => {
    expect(selectionPieces(words(40))).toEqual([words(40)]);
    expect(selectionPieces("Stalin")).toEqual(["Stalin"]);
  });

  it("cuts a longer one into runs of 40 words, the last reaching back to be as long", () => {
    expect(selectionPieces(words(100))).toEqual([words(40), words(40, 40), words(40, 60)]);
    expect(selectionPieces(words(80))).toEqual([words(40), words(40, 40)]);
  });
});
