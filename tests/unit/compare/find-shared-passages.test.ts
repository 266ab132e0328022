import { describe, expect, it } from "vitest";
import { findSharedPassages } from "@/lib/compare";
import { DAVIES } from "./planted";

describe("findSharedPassages on small inputs", () => {
  it("finds nothing in empty texts or texts shorter than a seed", () => {
    expect(findSharedPassages("", "")).toEqual([]);
    expect(findSharedPassages("All of these", DAVIES)).toEqual([]);
    expect(findSharedPassages(DAVIES, "")).toEqual([]);
  });

  it("does not report an ellipsis both sides have in the same place", () => {
    const withCut = DAVIES.replace("at the time and", "at the time … and");
    const [found] = findSharedPassages(`Davies: ${withCut}`, `He wrote that ${withCut}`);
    expect(found?.differences).toEqual([]);
    expect(found?.similarity).toBe(1);
  });

  it("refuses options that are not positive whole numbers", () => {
    expect(() => findSharedPassages(DAVIES, DAVIES, { ngram: 0 })).toThrow(RangeError);
    expect(() => findSharedPassages(DAVIES, DAVIES, { minWords: 2.5 })).toThrow(RangeError);
  });
});
