import { describe, expect, it } from "vitest";
import { orderStops, parseStopParam, stepStop, stopKey, type Stop } from "@/lib/compare/compare-stops";

const stops: Stop[] = orderStops([
  { kind: "shared", index: 0, leftStart: 500 },
  { kind: "link", id: "b", leftStart: 100 },
  { kind: "shared", index: 1, leftStart: 900 },
]);

describe("compare stops", () => {
  it("orders linked pairs and shared passages by their place in the left text", () => {
    expect(stops.map(stopKey)).toEqual(["link:b", "shared:0", "shared:1"]);
  });
  it("steps forward and back, wrapping, and starts at an end", () => {
    expect(stopKey(stepStop(stops, null, 1)!)).toBe("link:b");
    expect(stopKey(stepStop(stops, null, -1)!)).toBe("shared:1");
    expect(stopKey(stepStop(stops, "link:b", 1)!)).toBe("shared:0");
    expect(stopKey(stepStop(stops, "shared:1", 1)!)).toBe("link:b");
    expect(stopKey(stepStop(stops, "link:b", -1)!)).toBe("shared:1");
    expect(stopKey(stepStop(stops, "link:gone", 1)!)).toBe("link:b");
    expect(stepStop([], null, 1)).toBeNull();
  });
  it("reads only well-formed addresses", () => {
    expect(parseStopParam("shared:3")).toBe("shared:3");
    expect(parseStopParam("link:abc_1")).toBe("link:abc_1");
    for (const bad of ["shared:x", "link:", "javascript:1", undefined, ["shared:1"]]) expect(parseStopParam(bad)).toBeNull();
  });
});
