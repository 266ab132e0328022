import { describe, expect, it } from "vitest";
import { decodeSearchCursor, encodeSearchCursor } from "@/lib/search/cursor";

describe("the search cursor", () => {
  it("gives back the exact score and key it was made from", () => {
    const position = { score: 0.060792710632085800170898, key: "aclx123" };
    expect(decodeSearchCursor(encodeSearchCursor(position))).toEqual(position);
  });

  it("refuses what it did not make", () => {
    for (const bad of ["", "!!!", Buffer.from("[1]").toString("base64url"), Buffer.from('["x","k"]').toString("base64url"), Buffer.from("{}").toString("base64url")]) {
      expect(decodeSearchCursor(bad)).toBeNull();
    }
  });
});
